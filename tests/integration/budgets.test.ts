/**
 * Budgets over the built example site: pages stay light, work without JavaScript, link only to
 * pages that exist, and are valid HTML (checked by the W3C Nu checker).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, pageUrlPath } from '../support/pages.ts';

const site = inject('exampleSite');
const pages = htmlFiles(site);
const html = new Map(pages.map((file) => [file, readFileSync(join(site, file), 'utf8')]));

function filesWithExtension(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(extension)).map((f) => join(dir, f));
}

/** Pages that may load JavaScript: search, and pages with a video player. */
const mayUseScript = (file: string, source: string) => file.startsWith('search/') || file.includes('/search/') || source.includes('data-video-embed');

describe('budgets', () => {
  it('loads no JavaScript on pages without search or video', () => {
    // JSON-LD blocks are data, not JavaScript.
    const runsScript = (source: string) => /<script\b(?![^>]*type="application\/ld\+json")/.test(source);
    const withScript = pages.filter((file) => runsScript(html.get(file)!) && !mayUseScript(file, html.get(file)!));
    expect(pages.filter((file) => runsScript(html.get(file)!)).length).toBeGreaterThan(0);
    expect(withScript).toEqual([]);
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
    const broken: string[] = [];
    const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    for (const [file, source] of html) {
      const here = `/${pageUrlPath(file)}`;
      for (const match of source.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const link = match[1]!.replace(/&amp;/g, '&');
        if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
        const url = new URL(link, `http://site${here}`);
        const path = decodeURIComponent(url.pathname);
        const target = path.endsWith('/') ? join(site, path, 'index.html') : join(site, path);
        const targetFile = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
        if (!existsSync(targetFile)) {
          broken.push(`${file}: ${link}`);
          continue;
        }
        if (url.hash && targetFile.endsWith('.html') && !idsOf(readFileSync(targetFile, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${file}: ${link} (no such fragment)`);
        }
      }
    }
    expect(broken).toEqual([]);
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
