/**
 * Budgets over the built example site: pages stay light, work without JavaScript, link only to
 * pages that exist, and are valid HTML (checked by the W3C Nu checker).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { buildSiteForTest } from '../support/build-examples.ts';
import { brokenLinks } from '../support/links.ts';
import { htmlFiles, pageText } from '../support/pages.ts';

const site = inject('exampleSite');
const pages = htmlFiles(site);
const html = new Map(pages.map((file) => [file, readFileSync(join(site, file), 'utf8')]));

function filesWithExtension(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(extension)).map((f) => join(dir, f));
}

/** Pages that may load JavaScript: search, pages with a video player, and pages whose sessions keep time. */
const mayUseScript = (file: string, source: string) =>
  file.startsWith('search/') || file.includes('/search/') || source.includes('data-video-embed') || source.includes('data-session-state') || source.includes('data-sessions');

describe('budgets', () => {
  it('loads no JavaScript on pages without search or video', () => {
    // JSON-LD blocks are data, not JavaScript.
    const runsScript = (source: string) => /<script\b(?![^>]*type="application\/ld\+json")/.test(source);
    const withScript = pages.filter((file) => runsScript(html.get(file)!) && !mayUseScript(file, html.get(file)!));
    expect(pages.filter((file) => runsScript(html.get(file)!)).length).toBeGreaterThan(0);
    expect(withScript).toEqual([]);
  });

  it('keeps the script that keeps session times current under 1 KB compressed', () => {
    const scripts = [...html.values()].flatMap((source) => [...source.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!));
    const clock = [...new Set(scripts.filter((s) => s.includes('data-sessions')))];
    expect(clock).toHaveLength(1);
    expect(gzipSync(clock[0]!).length).toBeLessThan(1024);
  });

  it('keeps all CSS under 15 KB compressed', () => {
    const inline = [...html.values()].flatMap((source) => [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!));
    const linked = filesWithExtension(site, '.css').map((file) => readFileSync(file, 'utf8'));
    const css = [...new Set([...inline, ...linked])].join('\n');
    expect(css.length).toBeGreaterThan(1000);
    expect(gzipSync(css).length).toBeLessThan(15 * 1024);
  });

  it('keeps a typical page under 30 KB of HTML', () => {
    const sizes = pages.map((file) => Buffer.byteLength(html.get(file)!)).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeLessThan(30 * 1024);
    expect(sizes.at(-1)!).toBeLessThan(100 * 1024);
  });

  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  // One more build serves two cases: a sub-path, and the site in the middle of Riverside's first session.
  it('works under a sub-path, mid-session: every link and asset resolves, and the home page leads with the session', () => {
    const base = '/citizens-assembly/2027/';
    const build = buildSiteForTest('assemblies', ['--base', base, '--as-of', '2027-03-06T11:00']);
    expect(build.status).toBe(0);
    expect(brokenLinks(build.out, base)).toEqual([]);
    expect(readFileSync(join(build.out, 'riverside-2027/index.html'), 'utf8')).toContain(`href="${base}riverside-2027/sessions/"`);
    const home = pageText(build.out, 'riverside-2027');
    expect(home).toMatch(/^.* In session .* The question .* Happening now Session 1: why Riverside floods .* Latest evidence Why Riverside floods Talk [^.]+\. All the evidence Where we are/);
    expect(home).not.toContain('How jurors are chosen');
    // Evidence for the next session is to come, not heard: the list and the item say so.
    expect(pageText(build.out, 'riverside-2027/evidence')).toContain('What members have heard and read so far, and what is to be given at sessions still to come.');
    expect(pageText(build.out, 'riverside-2027/evidence/defences-panel')).toContain('Session 2: the options: to be given on Saturday 13 March 2027, 10am to 4pm');
    expect(pageText(build.out, 'riverside-2027/evidence/why-riverside-floods')).not.toContain('to be given');
  });

  it('is valid HTML according to the W3C Nu checker', () => {
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    let output = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', '--skip-non-html', site], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = `${(error as { stderr?: string }).stderr ?? ''}${(error as { stdout?: string }).stdout ?? ''}`;
    }
    expect(output.split('\n').filter(Boolean).map((line) => line.replace(site, ''))).toEqual([]);
  });
});
