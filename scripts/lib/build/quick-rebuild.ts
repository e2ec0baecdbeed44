/**
 * The quick rebuild, for an author's loop of edit and build (issue 7). An incremental build records
 * what it built. When the next one finds that only the text of news posts or transcripts has
 * changed, it renders those files, puts their HTML into the pages that show them (marked by
 * components/MdxBody.astro), indexes the site for search again and hashes it, without running
 * Astro: the result is byte for byte what a full build gives (tested).
 *
 * Anything else means a full build: a change to assembly.yaml, front matter, a template, a package
 * or the build's options, a new commit (pages show dates from git), the date or a session start
 * moving past (pages show what is on now), a changed output folder, a report chapter (which also
 * feeds the text and e-book report), a file Astro compiles itself, or a page not as recorded.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedAssembly } from '../../../templates/lib/config/load-assembly.ts';
import type { Problem } from '../../../templates/lib/config/problems.ts';
import { mdxRenderer, type MdxRenderSettings } from '../../../templates/lib/content/render-mdx.ts';
import type { RenderedMdxRecord } from '../../../templates/lib/content/mdx-loader.ts';
import { buildDate, timelineMoment } from '../../../templates/lib/site/phase.ts';
import { listFiles, outputHash } from '../../../templates/lib/archive/output-hash.ts';
import { discard, moveInto, stagingDir } from './output.ts';
import { indexSite, searchIndexFolder } from './search-index.ts';
import type { SourceFingerprint } from './source-fingerprint.ts';

type Timeline = Parameters<typeof timelineMoment>[0];

export interface BuildRecord {
  version: 2;
  /** Digest of every input apart from the bodies of news posts and transcripts. */
  rest: string;
  /** Each assembly's sessions and time zone, and the moment they gave when it was built. */
  timelines: Array<{ timeline: Timeline; moment: string }>;
  /** Absent when the project's Markdown settings need Astro, or hold functions that cannot be recorded. */
  settings: MdxRenderSettings | undefined;
  /** Each news post and transcript: its body's digest, its HTML (unless Astro compiled it) and the pages showing it. */
  bodies: Record<string, { digest: string; html: string | undefined; pages: string[] }>;
  /** Size and modification time of every output file, to notice an output changed since. */
  files: Record<string, [number, number]>;
  hash: string;
  /** The check's warnings, printed again by a quick rebuild, and how many assemblies it checked. */
  problems: Problem[];
  checked: number;
}

const recordFile = (cacheDir: string) => join(cacheDir, 'quick-rebuild.json');
const markerPattern = /<div data-mdx="([^"]+)">/g;
const marker = (key: string) => `<div data-mdx="${key}">`;

function fileStats(outDir: string): BuildRecord['files'] {
  return Object.fromEntries(
    listFiles(outDir).map((file) => {
      const stat = statSync(join(outDir, file));
      return [file, [stat.size, stat.mtimeMs]];
    }),
  );
}

/** Which pages show each MDX entry, by the markers around its HTML. */
function pagesShowing(outDir: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    for (const [, key] of readFileSync(join(outDir, file), 'utf8').matchAll(markerPattern)) {
      const list = pages.get(key!) ?? [];
      if (list.at(-1) !== file) list.push(file);
      pages.set(key!, list);
    }
  }
  return pages;
}

export interface RecordInput {
  cacheDir: string;
  outDir: string;
  fingerprint: SourceFingerprint;
  assemblies: readonly LoadedAssembly[];
  rendered: RenderedMdxRecord | undefined;
  hash: string;
  problems: Problem[];
  checked: number;
}

/** After a full incremental build: what the next one needs to tell whether it can be quick. */
export function recordBuild(input: RecordInput): void {
  const path = recordFile(input.cacheDir);
  rmSync(path, { force: true });
  const settings = input.rendered?.settings;
  const pages = pagesShowing(input.outDir);
  const bodies: BuildRecord['bodies'] = {};
  for (const [key, { digest }] of Object.entries(input.fingerprint.bodies)) {
    const rendered = input.rendered?.entries[key];
    // HTML made from another version of the file (edited during the build), or with settings that
    // cannot be used again, cannot be patched.
    const html = settings && rendered?.bodyDigest === digest ? rendered.html : undefined;
    bodies[key] = { digest, html, pages: pages.get(key) ?? [] };
  }
  const now = buildDate();
  const record: BuildRecord = {
    version: 2,
    rest: input.fingerprint.rest,
    timelines: input.assemblies.map(({ config }) => {
      const timeline = { sessions: config.sessions.map(({ start, end, days }) => ({ start, end, days })), time_zone: config.time_zone };
      return { timeline, moment: timelineMoment(timeline, now) };
    }),
    settings,
    bodies,
    files: fileStats(input.outDir),
    hash: input.hash,
    problems: input.problems,
    checked: input.checked,
  };
  writeFileSync(path, JSON.stringify(record));
}

function readRecord(cacheDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as BuildRecord;
    return record.version === 2 ? record : undefined;
  } catch {
    return undefined;
  }
}

export interface QuickRebuildInput {
  cacheDir: string;
  outDir: string;
  fingerprint: SourceFingerprint;
  log: (line: string) => void;
}

export type QuickRebuildResult =
  | { done: true; hash: string; changed: number; pages: number; problems: Problem[]; checked: number }
  | { done: false; reason: string };

const fullBuild = (reason: string): QuickRebuildResult => ({ done: false, reason });

/** Changed bodies, with their new HTML, or why they need a full build. */
async function changedBodies(record: BuildRecord, fingerprint: SourceFingerprint) {
  const { settings } = record;
  const render = settings && mdxRenderer(settings);
  const changed: Array<{ key: string; html: string }> = [];
  for (const [key, now] of Object.entries(fingerprint.bodies)) {
    const before = record.bodies[key];
    if (before?.digest === now.digest) continue;
    if (!render) return 'the Markdown settings in astro.config.mjs need Astro to render MDX.';
    if (before?.html === undefined) return `${now.file} is compiled by Astro, not rendered here.`;
    const html = await render(now.body);
    if (html === undefined) return `${now.file} now needs Astro to compile it.`;
    changed.push({ key, html: html.html });
  }
  return changed;
}

/** Each page showing a changed body, with that body's new HTML in place; false if a page is not as recorded. */
function patchedPages(outDir: string, record: BuildRecord, changed: ReadonlyArray<{ key: string; html: string }>) {
  const pages = new Map<string, string>();
  for (const { key, html } of changed) {
    const before = record.bodies[key]!;
    const old = `${marker(key)}${before.html}</div>`;
    for (const page of before.pages) {
      const text = pages.get(page) ?? readFileSync(join(outDir, page), 'utf8');
      const places = text.split(marker(key)).length - 1;
      const parts = text.split(old);
      if (places === 0 || parts.length - 1 !== places) return false;
      pages.set(page, parts.join(`${marker(key)}${html}</div>`));
    }
  }
  return pages;
}

/**
 * Tries the quick rebuild. On success the output is updated and the record with it; otherwise
 * nothing was touched and the reason says why a full build is needed.
 */
export async function quickRebuild(input: QuickRebuildInput): Promise<QuickRebuildResult> {
  const record = readRecord(input.cacheDir);
  if (!record) return fullBuild('there is no record of an earlier incremental build.');
  if (record.rest !== input.fingerprint.rest) return fullBuild('more than the text of news posts or transcripts changed.');
  const now = buildDate();
  if (record.timelines.some(({ timeline, moment }) => timelineMoment(timeline, now) !== moment)) return fullBuild('the date, or what is on now, changed.');
  if (!existsSync(input.outDir)) return fullBuild(`${input.outDir} is not there.`);
  if (JSON.stringify(fileStats(input.outDir)) !== JSON.stringify(record.files)) return fullBuild(`${input.outDir} changed since the last build.`);

  const changed = await changedBodies(record, input.fingerprint);
  if (typeof changed === 'string') return fullBuild(changed);
  const { problems, checked } = record;
  if (changed.length === 0) return { done: true, hash: record.hash, changed: 0, pages: 0, problems, checked };
  const pages = patchedPages(input.outDir, record, changed);
  if (!pages) return fullBuild('a page does not show the text recorded for it.');

  // The new pages and search index are made beside the output, then each moved in with a rename:
  // the output is never half-written, and the unchanged pages are neither copied nor read again.
  const staging = stagingDir(input.outDir);
  try {
    for (const [page, html] of pages) {
      mkdirSync(dirname(join(staging, page)), { recursive: true });
      writeFileSync(join(staging, page), html);
    }
    input.log('Indexing the site for search...');
    const replacing = [...pages].map(([page, html]) => ({ page, html }));
    input.log(`Indexed ${await indexSite(input.outDir, { replacing, into: join(staging, searchIndexFolder) })} pages.`);
  } catch (error) {
    discard(staging);
    return fullBuild(`the quick rebuild failed (${(error as Error).message}).`);
  }
  // From here the output changes; if that fails, the record goes so the next build is a full one.
  rmSync(recordFile(input.cacheDir), { force: true });
  moveInto(staging, input.outDir, [searchIndexFolder, ...pages.keys()]);
  const hash = outputHash(input.outDir);
  for (const { key, html } of changed) {
    record.bodies[key]!.html = html;
    record.bodies[key]!.digest = input.fingerprint.bodies[key]!.digest;
  }
  writeFileSync(recordFile(input.cacheDir), JSON.stringify({ ...record, files: fileStats(input.outDir), hash }));
  return { done: true, hash, changed: changed.length, pages: pages.size, problems, checked };
}
