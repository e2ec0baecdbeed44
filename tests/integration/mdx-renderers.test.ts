/**
 * The content layer's MDX renderer (templates/lib/content/render-mdx.ts, which the quick rebuild
 * uses too) gives the same HTML as Astro's own MDX pipeline (issue 18): every MDX file of the
 * examples and of the fixture sites, built both ways into one site each, gives the same site byte
 * for byte.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../templates/lib/archive/output-hash.ts';
import { buildSiteForTest } from '../support/build-examples.ts';

/** Every assembly with MDX: the examples and each fixture site's, one folder each, at addresses of their own. */
function everyAssemblyWithMdx(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdx-renderers-'));
  const sources = ['assemblies', ...readdirSync('tests/fixtures/sites').filter((site) => site !== 'broken').map((site) => `tests/fixtures/sites/${site}`)];
  for (const source of sources) {
    for (const id of readdirSync(source)) {
      const name = readdirSync(dir).includes(id) ? `${source.split('/').at(-1)}-${id}` : id;
      cpSync(join(source, id), join(dir, name), { recursive: true });
      if (name === id) continue;
      // A second assembly of the same name moves to an address of its own.
      const config = join(dir, name, 'assembly.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/^(\s+url: https:\/\/)([^/\s]+)/m, `$1${name}.$2`));
    }
  }
  return dir;
}

describe('MDX rendered in the content layer and by Astro', () => {
  it('gives the same site, byte for byte, for every example and fixture', () => {
    const assemblies = everyAssemblyWithMdx();
    const mdxFiles = listFiles(assemblies).filter((file) => file.endsWith('.mdx'));
    expect(mdxFiles.length).toBeGreaterThan(25);
    const caches = mkdtempSync(join(tmpdir(), 'mdx-renderers-cache-'));
    const contentLayer = buildSiteForTest(assemblies, ['--with-examples', '--cache-dir', join(caches, 'content-layer')]);
    expect(contentLayer.status, contentLayer.output).toBe(0);
    const astro = buildSiteForTest(assemblies, ['--with-examples', '--mdx-through-astro', '--cache-dir', join(caches, 'astro')]);
    expect(astro.status, astro.output).toBe(0);
    // Each build rendered the files its own way: the content store holds HTML from one, none from the other.
    const renderedInStore = (cache: string) => (readFileSync(join(caches, cache, 'data-store.json'), 'utf8').match(/"rendered"/g) ?? []).length;
    expect(renderedInStore('content-layer')).toBeGreaterThan(20);
    expect(renderedInStore('astro')).toBe(0);
    const files = listFiles(contentLayer.out);
    expect(listFiles(astro.out)).toEqual(files);
    expect(files.filter((file) => !readFileSync(join(contentLayer.out, file)).equals(readFileSync(join(astro.out, file))))).toEqual([]);
  });
});
