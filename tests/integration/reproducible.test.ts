/** Same input, same output: two builds are byte for byte identical, and the build says so with one hash. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, outputHash } from '../../templates/lib/archive/output-hash.ts';
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

  it('after editing an MDX file Astro compiles, re-render that page and match a build from nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
    cpSync('tests/fixtures/sites/two-assemblies', join(dir, 'assemblies'), { recursive: true });
    const out = join(dir, 'site');
    const build = (...args: string[]) => buildSiteForTest(join(dir, 'assemblies'), args, out);
    const warm = ['--incremental', '--cache-dir', join(dir, 'warm')];
    expect(build(...warm).status).toBe(0);
    appendFileSync(join(dir, 'assemblies/alpha/news/2019-09-08-voted.mdx'), '\nA sentence added after the first build.\n');
    const rebuilt = build(...warm);
    expect(rebuilt.status).toBe(0);
    const rebuiltHash = outputHash(out);
    // This post exports a value, so only Astro can render it: no quick rebuild.
    expect(rebuilt.output).toContain('A full build, because alpha/news/2019-09-08-voted.mdx is compiled by Astro');
    // Rendered again, not restored (pages render four at a time, so timings may print later).
    expect(rebuilt.output).toContain('alpha/news/voted/index.html');
    expect(rebuilt.output).not.toContain('alpha/news/voted/index.html (restored)');
    expect(rebuilt.output).toMatch(/alpha\/about\/index\.html \(restored\)/);
    expect(readFileSync(join(out, 'alpha/news/voted/index.html'), 'utf8')).toContain('A sentence added after the first build.');
    const fresh = buildSiteForTest(join(dir, 'assemblies'), ['--cache-dir', join(dir, 'cold')]);
    expect(fresh.output).not.toContain('(restored)');
    expect(rebuiltHash).toBe(outputHash(fresh.out));
  });

  it('after editing only the text of a transcript, update the pages showing it as a build from nothing would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quick-'));
    const assemblies = join(dir, 'assemblies');
    cpSync('tests/fixtures/sites/two-assemblies', assemblies, { recursive: true });
    const out = join(dir, 'site');
    const build = () => buildSiteForTest(assemblies, ['--incremental', '--cache-dir', join(dir, 'cache')], out);
    expect(build().output).toContain('A full build, because there is no record of an earlier incremental build.');

    const transcript = join(assemblies, 'alpha/transcripts/what-is-a-test.mdx');
    appendFileSync(transcript, '\n**Ada Tester:** And one _more_ thing.\n');
    const quick = build();
    expect(quick.status).toBe(0);
    expect(quick.output).toContain('Only the text of 1 MDX file changed: 1 page updated without a full build.');
    expect(quick.output).not.toContain('[build]');
    expect(readFileSync(join(out, 'alpha/evidence/what-is-a-test/index.html'), 'utf8')).toContain('<strong>Ada Tester:</strong> And one <em>more</em> thing.');
    const printed = /SHA-256 of the whole site: ([0-9a-f]{64})/.exec(quick.output)?.[1];
    expect(printed).toBe(outputHash(out));
    // Every file the same as a full build's, search index included.
    const fresh = buildSiteForTest(assemblies, ['--cache-dir', join(dir, 'cold')]);
    expect(outputHash(fresh.out)).toBe(printed);

    expect(build().output).toContain('Nothing changed since the last build.');

    writeFileSync(join(out, 'alpha/index.html'), 'changed by hand');
    expect(build().output).toContain(`A full build, because ${out} changed since the last build.`);
    expect(readFileSync(join(out, 'alpha/index.html'), 'utf8')).not.toBe('changed by hand');

    writeFileSync(transcript, readFileSync(transcript, 'utf8').replace('title: "Transcript: What is a test?"', 'title: "Transcript: what is a test?"'));
    expect(build().output).toContain('A full build, because more than the text of news posts or transcripts changed.');
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
