/** Pages that forward old addresses to new ones (scripts/lib/build/redirects.ts). */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRedirects } from '../../scripts/lib/build/redirects.ts';
import type { LoadedAssembly } from '../../templates/lib/config/load-assembly.ts';

const assembly = (redirects: Array<{ from: string; to: string }>) =>
  ({ id: 'gc', dir: 'assemblies/gc', config: { redirects, language: 'en-GB', site: { url: 'https://x.org/gc/' } } }) as unknown as LoadedAssembly;

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  for (const page of ['gc/sessions/new', 'gc/about']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), 'page');
  }
  return dir;
}

describe('writeRedirects', () => {
  it('writes a page that forwards to the new address', () => {
    const dir = site();
    expect(writeRedirects(dir, [assembly([{ from: 'sessions/old', to: 'sessions/new' }])], { base: '/', only: undefined })).toEqual([]);
    expect(readFileSync(join(dir, 'gc/sessions/old/index.html'), 'utf8')).toContain('url=/gc/sessions/new/');
  });
  it('never replaces a real page, and refuses a target that does not exist', () => {
    const dir = site();
    expect(writeRedirects(dir, [assembly([{ from: 'about', to: 'sessions/new' }, { from: 'x', to: 'nowhere' }])], { base: '/', only: undefined })).toEqual([
      'assemblies/gc/assembly.yaml: redirects: "about" is a page of the site, so it cannot be redirected. Remove this redirect.',
      'assemblies/gc/assembly.yaml: redirects: "nowhere" is not a page of the site. Correct the new address.',
    ]);
    expect(readFileSync(join(dir, 'gc/about/index.html'), 'utf8')).toBe('page');
  });
});
