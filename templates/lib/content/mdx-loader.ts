/**
 * The content-layer loader for one MDX folder of every assembly (report/, news/, transcripts/).
 * Each file is rendered to HTML here (render-mdx.ts) and kept in Astro's content store with a
 * digest of its text, so a rebuild renders only the files that changed; Astro no longer bundles
 * each one as a module (issue 7). Files that need Astro's module pipeline (imports, images from
 * the assembly's folder) are handed to it as before.
 *
 * Entry ids are "<assembly>/<slug>", matching the assembly loader's slugs. Front matter is read and
 * checked by the assembly loader, so entries carry only the body.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxSlug, parseMdxSource } from '../config/mdx-source.ts';
import type { BuildTarget } from '../site/build-target.ts';
import type { MdxFolder } from '../../schema/frontmatter.ts';
import { mdxRenderer, mdxRenderSettings, type MdxRenderSettings } from './render-mdx.ts';

/** The MDX files of one folder, as "<assembly>/<folder>/<file>.mdx" under the assemblies folder. */
export function mdxFiles(assembliesDir: string, folder: MdxFolder, only: string | undefined): string[] {
  const assemblies = only ? [only] : readdirSync(assembliesDir).filter((name) => !name.startsWith('.')).sort();
  return assemblies.flatMap((assembly) => {
    const dir = join(assembliesDir, assembly, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
      .sort()
      .map((name) => `${assembly}/${folder}/${name}`);
  });
}

/**
 * The entry id of an MDX file given as "<assembly>/<folder>/<file>.mdx": "<assembly>/<slug>", or
 * for a translation (01-introduction.en.mdx) "<assembly>/<code>/<slug>", the id of the assembly's
 * version in that language (languages.ts).
 */
export function mdxEntryId(file: string): string {
  const [assembly, , name] = file.split('/') as [string, string, string];
  const translation = /^(.*)\.([a-z]{2,3})\.mdx$/.exec(name);
  return translation ? `${assembly}/${translation[2]}/${mdxSlug(`${translation[1]}.mdx`)}` : `${assembly}/${mdxSlug(name)}`;
}

/**
 * What HTML made from the same text also depends on: the renderer's own code and the compiler's
 * version. Part of each entry's digest, so an upgrade renders everything again.
 */
function rendererFingerprint(): string {
  const require = createRequire(import.meta.url);
  const packageVersion = (name: string) => {
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  };
  const ownCode = ['./render-mdx.ts', '../html-jsx.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));
  return JSON.stringify([packageVersion('satteri'), packageVersion('@astrojs/markdown-satteri'), ...ownCode]);
}

/**
 * What the loaders rendered, for a build that asks (scripts/lib/build/quick-rebuild.ts): each
 * entry's HTML, by "<folder>/<entry id>", with a SHA-256 of the body it came from, and the settings
 * it was rendered with. Each loader writes its folder's part to `target.renderedMdxDir`.
 */
export interface RenderedMdxRecord {
  /** Absent when Astro renders the files, or the settings cannot be written down (they hold functions). */
  settings: MdxRenderSettings | undefined;
  entries: Record<string, { bodyDigest: string; html: string | undefined }>;
}

/** The record the loaders wrote to `dir` in the last build, merged; undefined when there is none. */
export function readRenderedMdxRecord(dir: string): RenderedMdxRecord | undefined {
  if (!existsSync(dir)) return undefined;
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RenderedMdxRecord);
  if (parts.length === 0) return undefined;
  return { settings: parts.find((p) => p.settings)?.settings, entries: Object.assign({}, ...parts.map((p) => p.entries)) as RenderedMdxRecord['entries'] };
}

const holdsFunction = (value: unknown): boolean =>
  typeof value === 'function' || (typeof value === 'object' && value !== null && Object.values(value).some(holdsFunction));

export const bodyDigest = (body: string) => createHash('sha256').update(body).digest('hex');

function recordRendered(dir: string | undefined, folder: MdxFolder, store: LoaderContext['store'], settings: MdxRenderSettings | undefined): void {
  if (!dir) return;
  const record: RenderedMdxRecord = {
    settings: settings && !holdsFunction(settings) ? (JSON.parse(JSON.stringify(settings)) as MdxRenderSettings) : undefined,
    entries: {},
  };
  for (const entry of store.values()) {
    record.entries[`${folder}/${entry.id}`] = { bodyDigest: bodyDigest(entry.body ?? ''), html: entry.rendered?.html };
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${folder}.json`), JSON.stringify(record));
}

export function mdxLoader(folder: MdxFolder, target: BuildTarget): Loader {
  return {
    name: `mdx-loader-${folder}`,
    load: async ({ store, config, generateDigest, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const dir = target.assembliesDir;
      const settings = mdxRenderSettings(config.markdown);
      const render = settings && !target.mdxThroughAstro ? mdxRenderer(settings) : async () => undefined;
      const fingerprint = rendererFingerprint();

      const syncFile = async (file: string) => {
        const id = mdxEntryId(file);
        const path = join(dir, file);
        const filePath = relative(root, path);
        const contents = readFileSync(path, 'utf8');
        const digest = generateDigest(`${fingerprint}\n${contents}`);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          return;
        }
        const { body } = parseMdxSource(contents);
        const rendered = await render(body);
        store.set({
          id,
          data: {},
          body,
          filePath,
          digest,
          ...(rendered ? { rendered: { html: rendered.html, metadata: { headings: rendered.headings } } } : { deferredRender: true }),
        });
      };

      const untouched = new Set(store.keys());
      for (const file of mdxFiles(dir, folder, target.only)) {
        untouched.delete(mdxEntryId(file));
        await syncFile(file);
      }
      for (const id of untouched) store.delete(id);
      recordRendered(target.renderedMdxDir, folder, store, settings);

      if (watcher) {
        watcher.add(dir);
        const pattern = new RegExp(`^(${target.only ?? '[^/]+'})/${folder}/[^/]+\\.mdx$`);
        const fileOf = (path: string) => {
          const file = relative(dir, path).split('\\').join('/');
          return pattern.test(file) ? file : undefined;
        };
        const update = (path: string) => {
          const file = fileOf(path);
          if (file) void syncFile(file);
        };
        watcher.on('change', update);
        watcher.on('add', update);
        watcher.on('unlink', (path) => {
          const file = fileOf(path);
          if (file) store.delete(mdxEntryId(file));
        });
      }
    },
  };
}
