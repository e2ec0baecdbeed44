/**
 * The build benchmark behind `npm run bench` (issue 7): for each size, a synthetic assembly built
 * cold by the real build command, incremental rebuilds after editing a transcript (the quick rebuild)
 * and a report chapter (a full incremental build), a bare Astro build of the same number of MDX
 * pages as the floor, and a site of several smaller assemblies with the same
 * total. Everything runs as child processes, one at a time, so the figures compare in one run.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFloorSite } from './floor-site.ts';
import { measure, type Measurement } from './measure.ts';
import { formatBytes } from '../../../templates/lib/site/format.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { contentPages, shapeFor, writeSyntheticAssembly } from './synthetic-assembly.ts';

export interface BenchOptions {
  /** The project root, holding scripts/ and node_modules/. */
  root: string;
  /** A fresh folder to work in. */
  workDir: string;
  sizes: number[];
  /** How many assemblies share the pages in the several-assemblies run. */
  assemblies: number;
  /** SOURCE_DATE_EPOCH for the builds, so every run builds the same site. */
  epoch: string;
  log: (line: string) => void;
}

export interface SizeResult {
  pages: number;
  cold: Measurement;
  /** An incremental build after appending a sentence to a transcript. */
  rebuild: Measurement;
  /** The same after appending a sentence to a report chapter, which the quick rebuild leaves to Astro. */
  chapterRebuild: Measurement;
  floor: Measurement;
  several: Measurement;
  stats: SiteStats;
  /** Size of one fixed page (the first evidence item), to show a page does not grow with the site. */
  samplePageBytes: number;
}

/** The page every size has, whose size should not depend on how many others there are. */
export const samplePage = 'synthetic/evidence/evidence-1/index.html';

const wordsPerFloorPage = 500;

async function buildOurs(options: BenchOptions, assembliesDir: string, outDir: string, cacheDir: string, extra: string[] = []): Promise<Measurement> {
  const env = { ...process.env, ASSEMBLIES_DIR: assembliesDir, SOURCE_DATE_EPOCH: options.epoch };
  const result = await measure(process.execPath, ['scripts/build.ts', '--out', outDir, '--cache-dir', cacheDir, ...extra], { cwd: options.root, env });
  if (!result.ok) throw new Error(`The build of ${assembliesDir} failed:\n${result.output.slice(-3000)}`);
  return result;
}

export async function runBenchmark(options: BenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const pages of options.sizes) {
    const dir = join(options.workDir, `pages-${pages}`);
    const single = join(dir, 'assemblies');
    const shape = shapeFor(pages);
    writeSyntheticAssembly(single, 'synthetic', shape);
    options.log(`${contentPages(shape)} content pages: ${JSON.stringify(shape)}`);

    writeFloorSite(join(dir, 'floor'), options.root, contentPages(shape), wordsPerFloorPage);
    options.log('  bare Astro floor...');
    const floor = await measure(process.execPath, [join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: join(dir, 'floor'),
      env: { ...process.env },
    });
    if (!floor.ok) throw new Error(`The floor build failed:\n${floor.output.slice(-3000)}`);

    const out = join(dir, 'site');
    const cache = join(dir, 'cache');
    options.log('  cold build...');
    const cold = await buildOurs(options, single, out, cache);
    const stats = siteStats(out);
    const samplePageBytes = readFileSync(join(out, samplePage)).length;

    // An author's loop: an incremental build, one edit to a transcript's text, and the build again.
    const incremental = join(dir, 'incremental-cache');
    options.log('  incremental build, then again after editing one MDX file...');
    await buildOurs(options, single, out, incremental, ['--incremental']);
    appendFileSync(join(single, 'synthetic', 'transcripts', 'evidence-1.mdx'), '\nOne more sentence, added to measure a rebuild.\n');
    const rebuild = await buildOurs(options, single, out, incremental, ['--incremental']);
    appendFileSync(join(single, 'synthetic', 'report', '001-chapter-1.mdx'), '\nOne more sentence, added to measure a rebuild.\n');
    const chapterRebuild = await buildOurs(options, single, out, incremental, ['--incremental']);

    const severalDir = join(dir, 'several');
    mkdirSync(severalDir, { recursive: true });
    for (let i = 1; i <= options.assemblies; i++) writeSyntheticAssembly(severalDir, `synthetic-${i}`, shapeFor(Math.round(pages / options.assemblies)));
    options.log(`  ${options.assemblies} assemblies sharing the pages...`);
    const several = await buildOurs(options, severalDir, join(dir, 'several-site'), join(dir, 'several-cache'));

    results.push({ pages: contentPages(shape), cold, rebuild, chapterRebuild, floor, several, stats, samplePageBytes });
  }
  return results;
}

const seconds = (m: Measurement) => m.wallSeconds.toFixed(1);
/** Whether the build script took the quick rebuild (scripts/lib/build/quick-rebuild.ts) or a full build. */
const rebuildKind = (m: Measurement) => (m.output.includes('without a full build') ? 'quick' : 'full build');
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as a Markdown table, for the terminal and the README. */
export function resultsTable(results: SizeResult[], assemblies: number): string {
  const header = [
    'Content pages', 'Build', 'Per page', 'Bare Astro', 'Ratio', 'Peak memory', 'Rebuild after editing a transcript', 'Rebuild / cold', 'After editing a chapter',
    `${assemblies} assemblies`, 'Output', 'HTML pages', 'Median page', 'Largest page', 'Sample page', 'Search index',
  ];
  const rows = results.map((r) => [
    String(r.pages),
    `${seconds(r.cold)} s`,
    `${((r.cold.wallSeconds * 1000) / r.stats.htmlPages).toFixed(1)} ms`,
    `${seconds(r.floor)} s`,
    `${(r.cold.wallSeconds / r.floor.wallSeconds).toFixed(2)}×`,
    megabytes(r.cold.peakBytes),
    `${seconds(r.rebuild)} s (${rebuildKind(r.rebuild)})`,
    (r.rebuild.wallSeconds / r.cold.wallSeconds).toFixed(2),
    `${seconds(r.chapterRebuild)} s (${rebuildKind(r.chapterRebuild)})`,
    `${seconds(r.several)} s`,
    formatBytes(r.stats.totalBytes),
    String(r.stats.htmlPages),
    kilobytes(r.stats.medianHtmlBytes),
    `${kilobytes(r.stats.largestHtml.bytes)} (${r.stats.largestHtml.path.replace(/\/index\.html$/, '/')})`,
    kilobytes(r.samplePageBytes),
    formatBytes(r.stats.searchIndexBytes),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export interface TargetCheck {
  target: string;
  met: boolean;
  figure: string;
}

/** The targets of issue 7: build time and memory at the size nearest 1,000 content pages, the rest at every size. */
export function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at1000 = [...results].sort((a, b) => Math.abs(a.pages - 1000) - Math.abs(b.pages - 1000))[0]!;
  const ratio = at1000.cold.wallSeconds / at1000.floor.wallSeconds;
  const rebuilds = results.map((r) => r.rebuild.wallSeconds / r.cold.wallSeconds);
  const kinds = [...new Set(results.map((r) => rebuildKind(r.rebuild)))];
  const samples = results.map((r) => r.samplePageBytes);
  const growth = Math.max(...samples) / Math.min(...samples);
  const severalRatio = at1000.several.wallSeconds / at1000.cold.wallSeconds;
  return [
    { target: `Whole build within 1.3× bare Astro at ${at1000.pages} pages`, met: ratio <= 1.3, figure: `${ratio.toFixed(2)}×` },
    { target: `Peak memory under 1.5 GB at ${at1000.pages} pages`, met: at1000.cold.peakBytes < 1.5 * 1024 ** 3, figure: megabytes(at1000.cold.peakBytes) },
    { target: 'A page does not grow with the number of pages', met: growth <= 1.05, figure: `sample page ${samples.map(kilobytes).join(', ')}` },
    {
      target: 'Rebuild after editing one MDX file (a transcript) at most a third of a cold build',
      met: Math.max(...rebuilds) <= 1 / 3,
      figure: `${rebuilds.map((r) => r.toFixed(2)).join(', ')} of cold (${kinds.join(', ')})`,
    },
    // Within the noise of a shared machine: a build per assembly would take about twice as long.
    { target: 'Several assemblies build each page once (about as fast as one assembly of the same size)', met: severalRatio <= 1.3, figure: `${severalRatio.toFixed(2)}× one assembly` },
  ];
}
