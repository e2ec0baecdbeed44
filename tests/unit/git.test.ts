/** The one git helper (templates/lib/git.ts): an answer inside a repository, undefined outside one. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git } from '../../templates/lib/git.ts';

const outside = mkdtempSync(join(tmpdir(), 'no-repo-'));
const repository = mkdtempSync(join(tmpdir(), 'repo-'));
execFileSync('git', ['init', '--quiet'], { cwd: repository });
afterAll(() => [outside, repository].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('git', () => {
  it('answers inside a repository', () => {
    expect(git(repository, ['rev-parse', '--is-inside-work-tree'])?.trim()).toBe('true');
  });
  it('gives undefined outside a repository and for a command that fails, instead of throwing', () => {
    expect(git(outside, ['rev-parse', 'HEAD'])).toBeUndefined();
    expect(git(repository, ['no-such-command'])).toBeUndefined();
  });
});
