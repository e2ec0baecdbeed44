/**
 * How many times each session's time, place, title or status has changed, read from the git history of
 * assembly.yaml (plus any uncommitted change). Calendars use it as SEQUENCE, so a subscribed
 * calendar replaces its copy of a moved session. Same checkout, same numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { git } from '../git.ts';

/** What a calendar shows of each session, keyed by session id. */
export function sessionFingerprints(yamlText: string): Map<string, string> {
  const fingerprints = new Map<string, string>();
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch {
    return fingerprints;
  }
  const sessions = (data as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(sessions)) return fingerprints;
  for (const session of sessions as Array<Record<string, unknown>>) {
    if (typeof session?.['id'] !== 'string') continue;
    const { start, end, place, online, title } = session;
    // A session over several days has its times per day; a cancelled one must reach calendars too.
    const days = Array.isArray(session['days']) ? (session['days'] as Array<Record<string, unknown>>).map((d) => [d?.['date'], d?.['start'], d?.['end']]) : [];
    const change = (session['change'] as Record<string, unknown> | undefined)?.['status'];
    fingerprints.set(session['id'], JSON.stringify([start, end, place, online, title, ...(days.length > 0 ? [days] : []), ...(change ? [change] : [])]));
  }
  return fingerprints;
}

/** Count, for each session, the versions after its first in which its fingerprint changed. */
export function countChanges(versions: ReadonlyArray<Map<string, string>>): Map<string, number> {
  const last = new Map<string, string>();
  const changes = new Map<string, number>();
  for (const version of versions) {
    for (const [id, fingerprint] of version) {
      const previous = last.get(id);
      if (previous !== undefined && previous !== fingerprint) changes.set(id, (changes.get(id) ?? 0) + 1);
      else if (!changes.has(id)) changes.set(id, 0);
      last.set(id, fingerprint);
    }
  }
  return changes;
}

/**
 * Whether the whole history of the assembly's folder is at hand: not in a shallow clone (as CI
 * services make by default), and under git at all. Without it, SEQUENCE could go down after a
 * session moved, and subscribed calendars would keep the old time.
 */
export function historyIsComplete(assemblyDir: string): boolean {
  const shallow = git(assemblyDir, ['rev-parse', '--is-shallow-repository'])?.trim();
  return shallow === 'false';
}

/** The warning a build gives when the history is not complete, or undefined. */
export function incompleteHistoryWarning(assemblyDir: string, hasSessions: boolean): string | undefined {
  if (!hasSessions || historyIsComplete(assemblyDir)) return undefined;
  return `Warning: ${assemblyDir} has no full git history (a shallow clone, or no git), so the calendars cannot tell how often each session moved, and a calendar that subscribed may keep an old time. Build from a full clone: git fetch --unshallow, or fetch-depth: 0 in GitHub Actions, GIT_DEPTH: 0 in GitLab CI.`;
}

export function sessionSequences(assemblyDir: string, file = 'assembly.yaml'): Record<string, number> {
  const prefix = git(assemblyDir, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const commits = git(assemblyDir, ['log', '--format=%H', '--reverse', '--', file])?.split('\n').filter(Boolean) ?? [];
  const versions = commits.flatMap((commit) => {
    const text = git(assemblyDir, ['show', `${commit}:${prefix}${file}`]);
    return text === undefined ? [] : [sessionFingerprints(text)];
  });
  versions.push(sessionFingerprints(readFileSync(join(assemblyDir, file), 'utf8')));
  return Object.fromEntries(countChanges(versions));
}
