/** When an assembly's record last changed (templates/lib/site/last-updated.ts). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { lastChanged, lastCommitDate, latestRecordDate, shownUpdate } from '../../templates/lib/site/last-updated.ts';

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
