/**
 * Checks that span fields, one file per section: unique ids, references that must resolve, dates
 * in order, figures that must add up, and checks on links and colours. Each check reads only the
 * sections that passed the schema, so one broken section does not hide problems in the others.
 * tests/unit/cross-checks.test.ts holds an example that meets and one that misses every check.
 */
import type { CrossCheck, RuleProblem, ValidSections } from './check.ts';
import { dateChecks } from './dates.ts';
import { evidenceChecks } from './evidence.ts';
import { uniqueIdChecks } from './ids.ts';
import { memberChecks } from './members.ts';
import { organisationChecks } from './organisations.ts';
import { recommendationChecks } from './recommendations.ts';
import { responseChecks } from './response.ts';
import { sessionChecks } from './sessions.ts';
import { siteChecks } from './site.ts';
import { submissionChecks } from './submissions.ts';
import { videoChecks } from './video.ts';

export type { CrossCheck, RuleProblem, ValidSections } from './check.ts';

export const crossChecks: readonly CrossCheck[] = [
  ...siteChecks,
  ...uniqueIdChecks,
  ...sessionChecks,
  ...evidenceChecks,
  ...dateChecks,
  ...memberChecks,
  ...recommendationChecks,
  ...responseChecks,
  ...submissionChecks,
  ...organisationChecks,
  ...videoChecks,
];

/** Every problem the checks find, each with the id of the check that found it. */
export function crossCheck(config: ValidSections, raw: unknown = config): Array<RuleProblem & { check: string }> {
  return crossChecks.flatMap((check) => check.run(config, raw).map((problem) => ({ ...problem, check: check.id })));
}
