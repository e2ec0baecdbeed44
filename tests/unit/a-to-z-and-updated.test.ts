import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { filingLetter, groupByLetter, siteIndex } from '../../templates/lib/site/a-to-z.ts';
import { lastChanged, lastCommitDate, latestRecordDate, shownUpdate } from '../../templates/lib/site/last-updated.ts';

describe('A to Z', () => {
  it('files titles by their first letter, ignoring "The" and "A"', () => {
    expect(filingLetter('The options: a neutral briefing')).toBe('O');
    expect(filingLetter('A clean air zone')).toBe('C');
    expect(filingLetter('2030 vision')).toBe('0–9');
  });
  it('lists everything of an example, grouped and sorted', () => {
    const { assembly } = loadAssembly('assemblies', 'greater-cambridge-2019');
    const entries = siteIndex(assembly!.config, assembly!.report, assembly!.news);
    const c = assembly!.config;
    expect(entries).toHaveLength(c.sessions.length + c.evidence.length + c.speakers.length + c.recommendations.length + assembly!.report.length + assembly!.news.length + c.faq.length);
    const groups = groupByLetter(entries);
    expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort((a, b) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a.localeCompare(b))));
    expect(groups.find((g) => g.letter === 'C')?.entries.map((e) => e.title)).toContain('A clean air zone');
  });
  it('names each output by its kind, and puts numbers in numeric order', () => {
    const { assembly } = loadAssembly('assemblies', 'climate-assembly-uk-2020');
    const kinds = new Set(siteIndex(assembly!.config, [], []).filter((e) => e.segments[0] === 'recommendations').map((e) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['Recommendation', 'Principle', 'Ballot', 'Statement']));
    const entry = (title: string) => ({ title, segments: [], kind: 'Recommendation' });
    const [group] = groupByLetter([entry('Recommendation 10'), entry('Recommendation 2'), entry('Recommendation 1')]);
    expect(group!.entries.map((e) => e.title)).toEqual(['Recommendation 1', 'Recommendation 2', 'Recommendation 10']);
  });
});

describe('last updated', () => {
  it('is the date of the last commit that touched the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-04T12:00:00Z', GIT_AUTHOR_DATE: '2026-03-04T12:00:00Z' } });
    git('init', '-q');
    writeFileSync(join(dir, 'assembly.yaml'), 'title: x\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'x');
    expect(lastCommitDate(dir)).toBe('2026-03-04');
    expect(lastCommitDate(tmpdir())).toBeUndefined();
  });
  it('falls back to the latest date in the record that is not in the future', () => {
    const { assembly } = loadAssembly('assemblies', 'greater-cambridge-2019');
    expect(latestRecordDate(assembly!.config, ['2019-09-06'], '2026-11-22')).toBe('2026-11-22');
    expect(latestRecordDate(assembly!.config, ['2019-09-06'], '2021-01-01')).toBe('2020-06-25');
  });
  it('moves on to the day an item written ahead came out, when that is after the last commit', () => {
    expect(lastChanged('2026-12-02', '2027-05-14')).toBe('2027-05-14');
    expect(lastChanged('2026-12-02', '2020-06-25')).toBe('2026-12-02');
    expect(lastChanged(undefined, '2020-06-25')).toBe('2020-06-25');
    expect(lastChanged(undefined, undefined)).toBeUndefined();
  });
  it('never claims an update after an archived record\'s archive date, or after the build date', () => {
    const archived = { timeline: { archived: '2022-01-31', reviews: [] } };
    expect(shownUpdate(archived, '2026-11-20', '2026-11-22')).toBe('2022-01-31');
    expect(shownUpdate(archived, '2021-05-01', '2026-11-22')).toBe('2021-05-01');
    // Before the archive date the record is still being updated.
    expect(shownUpdate(archived, '2021-12-01', '2021-12-02')).toBe('2021-12-01');
    expect(shownUpdate({ timeline: { reviews: [] } }, '2026-11-20', '2026-11-22')).toBe('2026-11-20');
    // Nor, in a build as of an earlier day, an update after that day.
    expect(shownUpdate({ timeline: { reviews: [] } }, '2026-12-02', '2026-11-22')).toBe('2026-11-22');
  });
});
