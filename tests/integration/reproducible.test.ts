/** Same input, same output: two builds are byte for byte identical, and the build says so with one hash. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, outputHash } from '../../templates/lib/build/output-hash.ts';
import { buildSiteForTest } from '../support/build-examples.ts';

describe('reproducible builds', () => {
  it('give byte-identical output and the same printed SHA-256, wherever they are written', () => {
    const first = inject('exampleSite');
    // Incremental builds too: the second reuses the first one's pages, which must not differ.
    const cache = ['--incremental', '--cache-dir', mkdtempSync(join(tmpdir(), 'cache-'))];
    expect(buildSiteForTest('assemblies', cache).status).toBe(0);
    const second = buildSiteForTest('assemblies', cache);
    expect(second.status).toBe(0);
    expect(second.output).toContain('(restored)');
    const printed = /SHA-256 of the whole site: ([0-9a-f]{64})/.exec(second.output)?.[1];
    expect(printed).toBe(outputHash(second.out));
    expect(listFiles(second.out)).toEqual(listFiles(first));
    const differing = listFiles(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second.out, file))));
    expect(differing).toEqual([]);
    expect(outputHash(first)).toBe(printed);
  });

  it('after editing one MDX file, re-render that page and match a build from nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
    cpSync('tests/fixtures/sites/two-assemblies', join(dir, 'assemblies'), { recursive: true });
    const build = (...args: string[]) => buildSiteForTest(join(dir, 'assemblies'), args);
    const warm = ['--incremental', '--cache-dir', join(dir, 'warm')];
    expect(build(...warm).status).toBe(0);
    appendFileSync(join(dir, 'assemblies/alpha/news/2019-09-08-voted.mdx'), '\nA sentence added after the first build.\n');
    const rebuilt = build(...warm);
    const fresh = build('--cache-dir', join(dir, 'cold'));
    expect(rebuilt.status).toBe(0);
    // Rendered again, not restored (pages render four at a time, so timings may print later).
    expect(rebuilt.output).toContain('alpha/news/voted/index.html');
    expect(rebuilt.output).not.toContain('alpha/news/voted/index.html (restored)');
    expect(rebuilt.output).toMatch(/alpha\/about\/index\.html \(restored\)/);
    expect(readFileSync(join(rebuilt.out, 'alpha/news/voted/index.html'), 'utf8')).toContain('A sentence added after the first build.');
    expect(fresh.output).not.toContain('(restored)');
    expect(outputHash(rebuilt.out)).toBe(outputHash(fresh.out));
  });

  it('contain no absolute path of the machine that built them', () => {
    const site = inject('exampleSite');
    const leaks = listFiles(site).filter((file) => {
      const text = readFileSync(join(site, file), 'latin1');
      return text.includes(process.cwd()) || text.includes(site);
    });
    expect(leaks).toEqual([]);
  });
});
