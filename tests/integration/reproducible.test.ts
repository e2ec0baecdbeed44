/** Same input, same output: two builds are byte for byte identical, and the build says so with one hash. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, outputHash } from '../../templates/lib/build/output-hash.ts';
import { buildSiteForTest } from '../support/build-examples.ts';

describe('reproducible builds', () => {
  it('give byte-identical output and the same printed SHA-256, wherever they are written', () => {
    const first = inject('exampleSite');
    const second = buildSiteForTest('assemblies');
    expect(second.status).toBe(0);
    const printed = /SHA-256 of the whole site: ([0-9a-f]{64})/.exec(second.output)?.[1];
    expect(printed).toBe(outputHash(second.out));
    expect(listFiles(second.out)).toEqual(listFiles(first));
    const differing = listFiles(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second.out, file))));
    expect(differing).toEqual([]);
    expect(outputHash(first)).toBe(printed);
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
