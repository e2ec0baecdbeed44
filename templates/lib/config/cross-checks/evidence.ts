/** Evidence: the session and speakers it names exist. */
import { type CrossCheck, type RuleProblem } from './check.ts';
import { idsOf, reference, refId, refPath } from './ids.ts';

export const evidenceChecks: CrossCheck[] = [
  {
    id: 'evidence.references',
    run: (config) => {
      const speakers = idsOf(config.speakers);
      const sessions = idsOf(config.sessions);
      const problems: RuleProblem[] = [];
      config.evidence?.forEach((item, e) => {
        if (!item) return;
        if (item.session) problems.push(...reference(['evidence', e, 'session'], item.session, sessions, 'session', 'sessions'));
        item.speakers?.forEach((ref, k) => problems.push(...reference(refPath(['evidence', e, 'speakers', k], ref), refId(ref), speakers, 'speaker', 'speakers')));
      });
      return problems;
    },
  },
];
