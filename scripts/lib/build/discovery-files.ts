/** After the build: sitemap.xml and robots.txt for the pages Astro wrote. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadedAssembly } from '../../../templates/lib/config/load-assembly.ts';
import { pagePathOf, robotsTxt, sharedRoot, sitemapXml, type SitemapEntry } from '../../../templates/lib/discovery/sitemap.ts';
import { lastCommitDate } from '../../../templates/lib/site/last-updated.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'));
}

/**
 * One sitemap per assembly, listing only its own pages at its own address (a sitemap may name only
 * addresses on its own host, below its own folder), and a robots.txt naming each of them. A build
 * of one assembly writes its sitemap at the root; a build of several writes each one in the
 * assembly's folder, which is what is served at its site.url, and a root sitemap for the list of
 * assemblies only when they share one public root. An assembly's versions in other languages live
 * below its own address, so its sitemap lists their pages too.
 */
export function writeDiscoveryFiles(dir: string, versions: readonly LoadedAssembly[], only: string | undefined, root: string): void {
  const assemblies = versions.filter((a) => !a.translationOf);
  const byId = new Map(assemblies.map((a) => [a.id, a]));
  const lastmod = new Map(assemblies.map((a) => [a.id, lastCommitDate(resolve(root, a.dir))]));
  const siteRoot = only ? undefined : sharedRoot(assemblies.map((a) => ({ id: a.id, url: a.config.site.url })));
  const entries = new Map<string, SitemapEntry[]>(assemblies.map((a) => [a.id, []]));
  let rootPage = false;
  for (const file of htmlFiles(dir)) {
    const path = pagePathOf(file);
    if (path === undefined) continue;
    const [first, ...rest] = path.split('/');
    const assembly = only ? byId.get(only) : byId.get(first ?? '');
    if (assembly) {
      const within = only ? path : rest.join('/');
      entries.get(assembly.id)!.push({ url: new URL(within, assembly.config.site.url).href, lastmod: lastmod.get(assembly.id) });
    } else if (path === '') rootPage = true;
  }
  const sitemaps: string[] = [];
  for (const assembly of assemblies) {
    writeFileSync(join(dir, only ? '' : assembly.id, 'sitemap.xml'), sitemapXml(entries.get(assembly.id)!));
    sitemaps.push(new URL('sitemap.xml', assembly.config.site.url).href);
  }
  if (siteRoot && rootPage) {
    writeFileSync(join(dir, 'sitemap.xml'), sitemapXml([{ url: siteRoot }]));
    sitemaps.unshift(new URL('sitemap.xml', siteRoot).href);
  }
  writeFileSync(join(dir, 'robots.txt'), robotsTxt(sitemaps));
}
