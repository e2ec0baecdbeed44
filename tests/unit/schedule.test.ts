/** The moments a site changes, for rebuilding then (templates/lib/site/schedule.ts). */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { publishedAsOf } from '../../templates/lib/site/embargo.ts';
import { cronLines, githubScheduleLines, momentLine, moments } from '../../templates/lib/site/schedule.ts';

const { assembly } = loadAssembly('tests/fixtures/sites/embargo', 'future-2027');
const at = (iso: string) => new Date(iso);
const of = (now: Date) => moments('future-2027', assembly!.config, publishedAsOf({ config: assembly!.config, chapters: assembly!.report, news: assembly!.news }, now).withheld, now);

describe('moments', () => {
  it('lists session starts and ends, and each dated item\'s first day, from now on and in order', () => {
    const lines = of(at('2027-03-06T12:00:00Z')).map(momentLine);
    expect(lines.slice(0, 4)).toEqual([
      '2027-03-06 16:00 UTC  future-2027  Ends: Day one',
      '2027-05-14 00:00 UTC  future-2027  Published: 1 recommendation, which appears with the report',
      '2027-05-14 00:00 UTC  future-2027  Published: News: "Quillembargo report published"',
      '2027-05-14 00:00 UTC  future-2027  Published: The chapter "Quillembargo findings"',
    ]);
    // The start of the session has passed, and drafts have no date to wait for.
    expect(lines.join('\n')).not.toMatch(/Starts: Day one|Draft/);
    expect(lines.at(-1)).toBe('2028-01-15 00:00 UTC  future-2027  Published: The evaluation');
  });
  it('gives a scheduler one line a minute after each moment, once per minute, in its own time zone', () => {
    const found = of(at('2027-03-06T12:00:00Z'));
    const lines = cronLines(found, 'npm run build', 'UTC');
    expect(lines[0]).toBe('1 16 6 3 * npm run build');
    expect(lines[1]).toBe('1 0 14 5 * npm run build');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.length).toBeLessThan(found.length);
    // A server on London time: 00:01 UTC on 14 May is 01:01 in summer time; 16:01 UTC in March is 16:01.
    const london = cronLines(found, 'npm run build', 'Europe/London');
    expect(london.slice(0, 2)).toEqual(['1 16 6 3 * npm run build', '1 1 14 5 * npm run build']);
  });
  it('gives GitHub Actions schedule entries in UTC, ready to paste', () => {
    const lines = githubScheduleLines(of(at('2027-03-06T12:00:00Z')));
    expect(lines.slice(0, 2)).toEqual(["    - cron: '1 16 6 3 *'", "    - cron: '1 0 14 5 *'"]);
  });
});
