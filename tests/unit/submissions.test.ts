/** Whether submissions are open (templates/lib/site/submissions.ts), the one answer every page uses. */
import { describe, expect, it } from 'vitest';
import { submissionsState } from '../../templates/lib/site/submissions.ts';
import { callsToAction } from '../../templates/lib/site/milestones.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';

const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
const dated = { ...riverside, submissions: { ...riverside.submissions!, opens: '2027-01-10', closes: '2027-02-28' } };

describe('submissionsState', () => {
  it('is not yet open before the first day, open from the first day to the last, closed after', () => {
    expect(submissionsState(dated, 'recruiting', '2027-01-09')).toBe('not-yet');
    expect(submissionsState(dated, 'recruiting', '2027-01-10')).toBe('open');
    expect(submissionsState(dated, 'in-session', '2027-02-28')).toBe('open');
    expect(submissionsState(dated, 'in-session', '2027-03-01')).toBe('closed');
  });
  it('is open without dates, closed in an archived record, and undefined with no call for submissions', () => {
    const undated = { submissions: { ...dated.submissions, opens: undefined, closes: undefined } };
    expect(submissionsState(undated, 'in-session', '2027-03-01')).toBe('open');
    expect(submissionsState(dated, 'archived', '2027-02-01')).toBe('closed');
    expect(submissionsState({ submissions: undefined }, 'in-session', '2027-02-01')).toBeUndefined();
  });
  it('is what the home page acts on: no invitation to submit before opening day', () => {
    const sends = (day: string) => callsToAction(dated, 'recruiting', day).some((a) => a.kind === 'send-submission');
    expect(sends('2027-01-09')).toBe(false);
    expect(sends('2027-01-10')).toBe(true);
    expect(sends('2027-03-01')).toBe(false);
  });
});
