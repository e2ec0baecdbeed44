/**
 * The whole build: check every assembly, build the site with Astro into a staging folder, then put
 * it in place. Any problem stops the build before Astro runs and leaves the old output untouched.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildFailureMessage } from './build-failure.ts';
import { incompleteHistoryWarning } from '../../../templates/lib/feeds/session-history.ts';
import { missingEngineMessage, pdfEngine } from '../../../templates/lib/report/pdf.ts';
import { loadAll, withMdxChecked } from '../../../templates/lib/config/load-all.ts';
import { errorsIn, type Problem } from '../../../templates/lib/config/problems.ts';
import { problemReport } from '../../../templates/lib/config/report.ts';
import { discard, replaceOutput, stagingDir } from './output.ts';
import { readRenderedMdxRecord } from '../../../templates/lib/content/mdx-loader.ts';
import { quickRebuild, recordBuild } from './quick-rebuild.ts';
import { sourceFingerprint } from './source-fingerprint.ts';
import { quietAstroEnvironment } from '../astro/environment.ts';
import { siteConfig } from '../astro/site-config.ts';

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Build one assembly, rooted at `base`. */
  only?: string | undefined;
  /**
   * Base path the site is served under, such as "/citizens-assembly/2027/". Default: "/" for a
   * build of several assemblies; the path of `site.url` for one assembly built alone.
   */
  base?: string | undefined;
  /** Output folder; default dist/ in the root. */
  outDir?: string | undefined;
  /** Folder of assemblies; default assemblies/ in the root. */
  assembliesDir?: string | undefined;
  /** Astro's cache folder (content store, build cache); default node_modules/.astro/builds/<kind> in the root. */
  cacheDir?: string | undefined;
  /**
   * Copy pages whose data and templates have not changed from the last incremental build
   * (templates/lib/content/data.ts gives each page its key), and when only the text of news posts or
   * transcripts changed, just put it into the pages showing it (quick-rebuild.ts). Faster for
   * repeated local builds; a first build is slower, as it also keeps a copy of every page.
   */
  incremental?: boolean | undefined;
  /** Build the examples that come with the generator even beside an assembly of the organisers' own. */
  withExamples?: boolean | undefined;
  /** Render every MDX file with Astro's own MDX pipeline, to compare with the content layer's renderer. */
  mdxThroughAstro?: boolean | undefined;
  log?: (line: string) => void;
  /** Problems in colour, for a terminal (colour.ts decides). */
  colour?: boolean | undefined;
  /** Print the whole error, stack and all, when the build fails (--debug). */
  debug?: boolean | undefined;
  /** Astro's log level: "info" shows progress page by page. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  outDir: string;
  /** SHA-256 of the whole output (templates/lib/archive/output-hash.ts), when the build succeeded. */
  hash?: string;
}

/** Where `npm run preview` finds the path each output folder was built for. */
const basesFile = (root: string) => join(root, 'node_modules', '.astro', 'built-bases.json');

function readBases(root: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(basesFile(root), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function rememberBase(root: string, outDir: string, base: string): void {
  mkdirSync(dirname(basesFile(root)), { recursive: true });
  writeFileSync(basesFile(root), `${JSON.stringify({ ...readBases(root), [outDir]: base }, null, 2)}\n`);
}

/** The base path the last build into `outDir` was made for, so a preview serves it where its links point. */
export function builtBase(root: string, outDir: string): string | undefined {
  return readBases(resolve(root))[resolve(root, outDir)];
}

export function normaliseBase(base: string | undefined): string {
  if (!base || base === '/') return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * Each kind of build (folder of assemblies, one assembly or all, base path asked for, output
 * folder) keeps its own Astro cache, so builds of different sites, even at the same time, never
 * reuse each other's pages.
 */
function defaultCacheDir(root: string, assembliesDir: string, only: string | undefined, base: string | undefined, outDir: string): string {
  const kind = createHash('sha256').update(JSON.stringify([assembliesDir, only ?? null, base ?? null, outDir])).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.astro', 'builds', kind);
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log;
  const root = resolve(options.root);
  const outDir = resolve(root, options.outDir ?? 'dist');
  const assembliesDir = resolve(root, options.assembliesDir ?? 'assemblies');
  const cacheDir = options.cacheDir ? resolve(root, options.cacheDir) : defaultCacheDir(root, assembliesDir, options.only, options.base, outDir);

  const fingerprint = options.incremental
    ? sourceFingerprint({ root, assembliesDir, only: options.only, base: options.base, outDir, withExamples: options.withExamples, mdxThroughAstro: options.mdxThroughAstro })
    : undefined;
  if (fingerprint) {
    const quick = await quickRebuild({ cacheDir, outDir, fingerprint, log });
    if (quick.done) {
      if (quick.problems.length > 0) log(problemReport(quick.problems, quick.checked, { colour: options.colour === true }));
      log(
        quick.changed === 0
          ? 'Nothing changed since the last build.'
          : `Only the text of ${quick.changed} MDX ${quick.changed === 1 ? 'file' : 'files'} changed: ${quick.pages} ${quick.pages === 1 ? 'page' : 'pages'} updated without a full build.`,
      );
      log(`Done: the site is in ${outDir}`);
      log(`SHA-256 of the whole site: ${quick.hash}`);
      return { ok: true, problems: quick.problems, outDir, hash: quick.hash };
    }
    log(`A full build, because ${quick.reason}`);
  }

  log(`Checking ${options.only ? `assembly "${options.only}"` : 'every assembly'} in ${assembliesDir}...`);
  const { assemblies, problems, checked, leftOut } = withMdxChecked(loadAll({ dir: assembliesDir, root, withExamples: options.withExamples === true, ...(options.only ? { only: options.only } : {}) }));
  if (leftOut) log(`Leaving out the examples (${leftOut.join(', ')}), as ${assembliesDir} holds an assembly of your own. Add --with-examples to build them too.`);
  if (problems.length > 0) log(problemReport(problems, checked, { colour: options.colour === true }));
  if (errorsIn(problems).length > 0) {
    log(`Nothing was built, and ${outDir} was left as it was.`);
    return { ok: false, problems, outDir };
  }

  const engine = pdfEngine();
  if (!engine.ok && assemblies.some((a) => a.report.length > 0)) log(missingEngineMessage(engine.reason));
  for (const assembly of assemblies) {
    const warning = incompleteHistoryWarning(resolve(root, assembly.dir), assembly.config.sessions.length > 0);
    if (warning) log(warning);
  }
  quietAstroEnvironment();
  const alone = options.only ? assemblies[0] : undefined;
  const base = normaliseBase(options.base ?? (alone ? new URL(alone.config.site.url).pathname : '/'));

  const staging = stagingDir(outDir);
  const renderedMdxDir = fingerprint ? join(cacheDir, 'rendered-mdx') : undefined;
  if (renderedMdxDir) rmSync(renderedMdxDir, { recursive: true, force: true });
  let hash: string | undefined;
  log(`Building ${assemblies.length} ${assemblies.length === 1 ? 'assembly' : 'assemblies'} into a staging folder...`);
  try {
    const { build } = await import('astro');
    // The same config as astro.config.mjs, with this build's options; the integration writes the
    // search index, sitemaps and redirects, and reports the site's hash.
    await build({
      ...siteConfig({ assembliesDir, only: options.only, withExamples: options.withExamples, checked: { assemblies, problems, checked }, renderedMdxDir, mdxThroughAstro: options.mdxThroughAstro, onBuilt: (built) => (hash = built.hash) }),
      configFile: false,
      root,
      outDir: staging,
      cacheDir,
      base,
      ...(alone ? { site: new URL(alone.config.site.url).origin } : {}),
      logLevel: options.logLevel ?? 'info',
      experimental: { incrementalBuild: options.incremental === true },
    });
    if (!hash) throw new Error('Astro finished without writing the site.');
  } catch (error) {
    discard(staging);
    log(options.debug ? `The build failed: ${(error as Error).stack ?? String(error)}` : buildFailureMessage(error, root));
    log(`${outDir} was left as it was.`);
    return { ok: false, problems, outDir };
  }
  replaceOutput(staging, outDir);
  rememberBase(root, outDir, base);
  if (fingerprint) recordBuild({ cacheDir, outDir, fingerprint, assemblies, rendered: readRenderedMdxRecord(renderedMdxDir!), hash, problems, checked });
  log(`Done: the site is in ${outDir}`);
  log(`SHA-256 of the whole site: ${hash}`);
  return { ok: true, problems, outDir, hash };
}
