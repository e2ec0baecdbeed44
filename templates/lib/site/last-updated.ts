/**
 * When an assembly's record last changed: the date of the last git commit that touched its
 * folder, so the same checkout always gives the same date, or the day a dated item written ahead
 * (news, a response, an update) came out, if later. Outside git, the latter alone.
 */
import { git } from '../git.ts';
import type { AssemblyConfig } from '../../schema/assembly.ts';

export function lastCommitDate(dir: string): string | undefined {
  const date = git(dir, ['log', '-1', '--format=%cs', '--', '.'])?.trim();
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** The latest date written in the record, up to `today`. */
export function latestRecordDate(config: AssemblyConfig, newsDates: readonly string[], today: string): string | undefined {
  const dates = [
    ...newsDates,
    config.report?.date,
    config.response?.date,
    config.evaluation?.date,
    config.site.accessibility.last_reviewed,
    ...config.evidence.map((e) => e.published),
    ...config.recommendations.flatMap((r) => [r.response?.date, ...r.implementation.map((u) => u.date)]),
  ].filter((d): d is string => d !== undefined && d <= today);
  return dates.sort().at(-1);
}

/** The later of the last commit and the newest dated item published by now. */
export function lastChanged(commitDate: string | undefined, recordDate: string | undefined): string | undefined {
  return [commitDate, recordDate].filter((d): d is string => d !== undefined).sort().at(-1);
}

/**
 * The "last updated" date shown on every page. An archived record says it is no longer updated
 * since its archive date, so it never claims a later update (G81, G86).
 */
export function shownUpdate(config: Pick<AssemblyConfig, 'timeline'>, updated: string | undefined, today: string): string | undefined {
  if (updated === undefined) return undefined;
  // A build "as of" an earlier day never claims a later update; nor does an archived record.
  const archived = config.timeline.archived;
  const limit = archived && archived <= today ? archived : today;
  return updated > limit ? limit : updated;
}
