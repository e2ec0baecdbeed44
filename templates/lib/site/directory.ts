/** Order of assemblies on the site root: current ones first, then finished ones, newest first. */
import type { Session } from '../../schema/assembly.ts';
import type { Phase } from './phase.ts';
import { timesOf } from './sessions.ts';

const finished: ReadonlySet<Phase> = new Set(['report-published', 'response-published', 'following-up', 'archived']);

type Timed = Pick<Session, 'start' | 'end' | 'days'>;

export function directoryOrder<T extends { assembly: { id: string; config: { sessions: readonly Timed[]; time_zone: string } }; phase: Phase }>(
  entries: readonly T[],
): T[] {
  const firstSession = (e: T) => e.assembly.config.sessions.map((s) => timesOf(s, e.assembly.config.time_zone).firstDay).sort()[0] ?? '';
  return [...entries].sort(
    (a, b) =>
      Number(finished.has(a.phase)) - Number(finished.has(b.phase)) ||
      firstSession(b).localeCompare(firstSession(a)) ||
      a.assembly.id.localeCompare(b.assembly.id),
  );
}
