/**
 * The one way the generator asks git: dates, session histories and the commit a build is at all
 * come from the checkout, so the same checkout gives the same site. Undefined when git is not
 * installed, the folder is not in a repository, or the command fails; callers then say less.
 */
import { execFileSync } from 'node:child_process';

export function git(dir: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}
