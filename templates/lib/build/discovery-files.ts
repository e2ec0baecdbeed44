/** After the build: sitemap.xml and robots.txt for the pages Astro wrote. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadedAssembly } from '../config/load-assembly.ts';
import { pagePathOf, robotsTxt, sharedRoot, sitemapXml, type SitemapEntry } from '../discovery/sitemap.ts';
import { lastCommitDate } from '../site/last-updated.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'));
}

export function writeDiscoveryFiles(dir: string, assemblies: readonly LoadedAssembly[], only: string | undefined, root: string): void {
  const byId = new Map(assemblies.map((a) => [a.id, a]));
  const lastmod = new Map(assemblies.map((a) => [a.id, lastCommitDate(resolve(root, a.dir))]));
  const siteRoot = only ? byId.get(only)?.config.site.url : sharedRoot(assemblies.map((a) => ({ id: a.id, url: a.config.site.url })));
  const entries: SitemapEntry[] = [];
  for (const file of htmlFiles(dir)) {
    const path = pagePathOf(file);
    if (path === undefined) continue;
    const [first, ...rest] = path.split('/');
    const assembly = only ? byId.get(only) : byId.get(first ?? '');
    if (assembly) {
      const within = only ? path : rest.join('/');
      entries.push({ url: new URL(within, assembly.config.site.url).href, lastmod: lastmod.get(assembly.id) });
    } else if (path === '' && siteRoot) {
      entries.push({ url: siteRoot });
    }
  }
  writeFileSync(join(dir, 'sitemap.xml'), sitemapXml(entries));
  writeFileSync(join(dir, 'robots.txt'), robotsTxt(siteRoot ? new URL('sitemap.xml', siteRoot).href : undefined));
}
