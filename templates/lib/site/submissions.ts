/**
 * Whether the assembly takes submissions today: one answer for the home page's call to act, the
 * Submissions page and the privacy-notice check (G12, G14, G22), so they never disagree (issue 18).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { Phase } from './phase.ts';

export type SubmissionsState = 'not-yet' | 'open' | 'closed';

/**
 * Undefined when the assembly takes no submissions. Dates are whole days where the assembly
 * meets (`day` from time-zone.ts today): open from the first day to the last, both included. An
 * archived assembly takes none, whatever its dates say.
 */
export function submissionsState(config: Pick<AssemblyConfig, 'submissions'>, phase: Phase, day: string): SubmissionsState | undefined {
  const submissions = config.submissions;
  if (!submissions) return undefined;
  if (phase === 'archived' || (submissions.closes !== undefined && day > submissions.closes)) return 'closed';
  if (submissions.opens !== undefined && day < submissions.opens) return 'not-yet';
  return 'open';
}
