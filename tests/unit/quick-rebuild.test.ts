/**
 * The quick rebuild's decisions (scripts/lib/build/quick-rebuild.ts), on a one-page output: when
 * it patches, and each reason it leaves the work to a full build without touching the output.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedAssembly } from '../../templates/lib/config/load-assembly.ts';
import { outputHash } from '../../templates/lib/archive/output-hash.ts';
import { quickRebuild, recordBuild } from '../../scripts/lib/build/quick-rebuild.ts';
import type { SourceFingerprint } from '../../scripts/lib/build/source-fingerprint.ts';
import { bodyDigest } from '../../templates/lib/content/mdx-loader.ts';
import { mdxRenderSettings, type MdxRenderSettings } from '../../templates/lib/content/render-mdx.ts';

const settings = mdxRenderSettings({
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', themes: {}, wrap: false, transformers: [] },
  processor: satteri(),
} as unknown as Parameters<typeof mdxRenderSettings>[0])!;

const key = 'transcripts/alpha/talk';
const page = 'alpha/evidence/talk/index.html';
const pageHtml = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Talk</title></head><body><main data-pagefind-body><h1>Talk</h1><div data-mdx="${key}">${body}</div></main></body></html>`;
const assemblies = [{ config: { sessions: [{ start: '2019-09-07T10:00', end: '2019-09-07T16:00', days: [] }], time_zone: 'Europe/London' } }] as unknown as LoadedAssembly[];

const fingerprint = (body: string, rest = 'rest'): SourceFingerprint => ({
  rest,
  bodies: { [key]: { file: 'alpha/transcripts/talk.mdx', digest: bodyDigest(body), body } },
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quick-rebuild-'));
  vi.stubEnv('SOURCE_DATE_EPOCH', '1795305600');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** A built output of one page showing a transcript, and its record, in which the transcript's HTML was `html`. */
function built(options: { html?: string | undefined; settings?: MdxRenderSettings | undefined } = {}) {
  const body = 'Old words.\n';
  const html = 'html' in options ? options.html : '<p>Old words.</p>';
  const outDir = join(dir, 'site');
  const cacheDir = join(dir, 'cache');
  mkdirSync(dirname(join(outDir, page)), { recursive: true });
  mkdirSync(cacheDir);
  writeFileSync(join(outDir, page), pageHtml('<p>Old words.</p>'));
  const rendered = { settings: 'settings' in options ? options.settings : settings, entries: { [key]: { bodyDigest: bodyDigest(body), html } } };
  recordBuild({ cacheDir, outDir, fingerprint: fingerprint(body), assemblies, rendered, hash: outputHash(outDir), problems: [], checked: 1 });
  const rebuild = (now: SourceFingerprint) => quickRebuild({ cacheDir, outDir, fingerprint: now, log: () => {} });
  return { outDir, rebuild };
}

describe('the quick rebuild', () => {
  it('puts the new HTML into the page, indexes the site for search and gives the hash of the output', async () => {
    const { outDir, rebuild } = built();
    const result = await rebuild(fingerprint('New *words*.\n'));
    expect(result).toMatchObject({ done: true, changed: 1, pages: 1 });
    expect(readFileSync(join(outDir, page), 'utf8')).toBe(pageHtml('<p>New <em>words</em>.</p>'));
    expect(readdirSync(join(outDir, 'pagefind'))).toContain('pagefind-entry.json');
    expect(result.done && result.hash).toBe(outputHash(outDir));
    expect(readdirSync(dir).sort()).toEqual(['cache', 'site']);
    // The record follows: the same text again is nothing to do.
    expect(await rebuild(fingerprint('New *words*.\n'))).toMatchObject({ done: true, changed: 0 });
  });

  it('leaves the output alone and says why a full build is needed', async () => {
    const cases: Array<[string, () => ReturnType<typeof built>, (b: ReturnType<typeof built>) => SourceFingerprint | void]> = [
      ['more than the text of news posts or transcripts changed.', built, () => fingerprint('New words.\n', 'other rest')],
      ['the date, or what is on now, changed.', built, () => void vi.stubEnv('SOURCE_DATE_EPOCH', String(1795305600 + 86_400))],
      ['a page does not show the text recorded for it.', () => built({ html: '<p>Other words.</p>' }), () => undefined],
      ['the Markdown settings in astro.config.mjs need Astro to render MDX.', () => built({ settings: undefined }), () => undefined],
      ['alpha/transcripts/talk.mdx is compiled by Astro, not rendered here.', () => built({ html: undefined }), () => undefined],
      ['alpha/transcripts/talk.mdx now needs Astro to compile it.', built, () => fingerprint('export const year = 2019;\n\nIn {year}.\n')],
    ];
    for (const [reason, make, change] of cases) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      vi.stubEnv('SOURCE_DATE_EPOCH', '1795305600');
      const b = make();
      const before = outputHash(b.outDir);
      const now = change(b) ?? fingerprint('New words.\n');
      expect(await b.rebuild(now), reason).toEqual({ done: false, reason });
      expect(outputHash(b.outDir)).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(['cache', 'site']);
    }
  });

  it('gives way to a full build when the output changed since it was recorded', async () => {
    const { outDir, rebuild } = built();
    writeFileSync(join(outDir, 'extra.html'), '<p>Added by hand.</p>');
    expect(await rebuild(fingerprint('New words.\n'))).toEqual({ done: false, reason: `${outDir} changed since the last build.` });
  });
});
