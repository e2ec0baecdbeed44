import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, resultsTable, type SizeResult } from '../../scripts/lib/bench/benchmark.ts';
import { treeResidentBytes } from '../../scripts/lib/bench/measure.ts';
import { siteStats } from '../../scripts/lib/bench/site-stats.ts';
import { contentPages, shapeFor, writeSyntheticAssembly } from '../../scripts/lib/bench/synthetic-assembly.ts';
import { loadAll } from '../../templates/lib/config/load-all.ts';

describe('synthetic assemblies', () => {
  it.each([100, 1000, 3000])('have exactly %i content pages', (pages) => {
    expect(contentPages(shapeFor(pages))).toBe(pages);
  });

  it('are valid assemblies with a transcript for every piece of evidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const shape = shapeFor(120);
    writeSyntheticAssembly(dir, 'synthetic', shape);
    const { assemblies, problems } = loadAll({ dir });
    expect(problems).toEqual([]);
    const [assembly] = assemblies;
    expect(assembly!.config.evidence).toHaveLength(shape.evidence);
    expect(assembly!.transcripts).toHaveLength(shape.evidence);
    expect(assembly!.news).toHaveLength(shape.news);
    expect(assembly!.report).toHaveLength(shape.chapters);
  });
});

describe('benchmark figures', () => {
  it('measure a site: pages, median and largest page, search index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'a', 'index.html'), 'x'.repeat(300));
    writeFileSync(join(dir, '404.html'), 'x'.repeat(200));
    writeFileSync(join(dir, 'pagefind', 'index.pf'), 'x'.repeat(50));
    expect(siteStats(dir)).toEqual({
      files: 4,
      totalBytes: 650,
      htmlPages: 3,
      medianHtmlBytes: 200,
      largestHtml: { path: 'a/index.html', bytes: 300 },
      searchIndexBytes: 50,
    });
  });

  it('count the memory of this process', () => {
    expect(treeResidentBytes(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
  });

  const run = (wallSeconds: number, peakBytes = 500 * 1024 ** 2) => ({ ok: true, wallSeconds, peakBytes, output: '' });
  const result = (pages: number, cold: number, floor: number, rebuild: number, sample: number): SizeResult => ({
    pages,
    cold: run(cold),
    floor: run(floor),
    rebuild: run(rebuild),
    chapterRebuild: run(cold),
    several: run(cold),
    stats: { files: pages, totalBytes: pages * 1000, htmlPages: pages, medianHtmlBytes: 9000, largestHtml: { path: 'x/index.html', bytes: 90000 }, searchIndexBytes: 1000 },
    samplePageBytes: sample,
  });

  it('judge time and memory at the size nearest 1,000 pages, page growth and rebuilds at every size', () => {
    const met = checkTargets([result(100, 5, 4, 1, 10_000), result(1000, 12, 10, 3.9, 10_000)]);
    expect(met.map((c) => c.met)).toEqual([true, true, true, true, true]);
    const missed = checkTargets([result(100, 5, 4, 1, 10_000), result(1000, 14, 10, 6, 12_000)]);
    expect(missed.filter((c) => !c.met).map((c) => c.target)).toEqual([
      'Whole build within 1.3× bare Astro at 1000 pages',
      'A page does not grow with the number of pages',
      'Rebuild after editing one MDX file (a transcript) at most a third of a cold build',
    ]);
    const slowRebuildAt3000 = checkTargets([result(1000, 12, 10, 3.9, 10_000), result(3000, 30, 30, 12, 10_000)]);
    expect(slowRebuildAt3000.filter((c) => !c.met).map((c) => c.figure)).toEqual(['0.33, 0.40 of cold (full build)']);
  });

  it('print one table row per size', () => {
    const table = resultsTable([result(1000, 12, 10, 3, 10_000)], 2).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toContain('| 1000 | 12.0 s | 12.0 ms | 10.0 s | 1.20× | 500 MB | 3.0 s (full build) | 0.25 | 12.0 s (full build) |');
  });
});
