/** Order of assemblies on the site root: current ones first, then finished ones, newest first. */
import type { Phase } from './phase.ts';

const finished: ReadonlySet<Phase> = new Set(['report-published', 'response-published', 'following-up', 'archived']);

export function directoryOrder<T extends { assembly: { id: string; config: { sessions: ReadonlyArray<{ start: string }> } }; phase: Phase }>(
  entries: readonly T[],
): T[] {
  const firstSession = (e: T) => e.assembly.config.sessions.map((s) => s.start).sort()[0] ?? '';
  return [...entries].sort(
    (a, b) =>
      Number(finished.has(a.phase)) - Number(finished.has(b.phase)) ||
      firstSession(b).localeCompare(firstSession(a)) ||
      a.assembly.id.localeCompare(b.assembly.id),
  );
}
