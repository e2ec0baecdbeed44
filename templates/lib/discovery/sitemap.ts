/** sitemap.xml and robots.txt, built from the pages Astro wrote, with each assembly's public addresses. */
import { escapeXml } from '../escape.ts';

export interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = [...entries].sort((a, b) => a.url.localeCompare(b.url));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((e) => `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt allowing every robot, naming each sitemap (which may be on other hosts, as the protocol allows here). */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', ...sitemapUrls.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/** "sessions/day-1/index.html" → "sessions/day-1/"; "404.html" and non-pages → undefined. */
export function pagePathOf(file: string): string | undefined {
  if (!file.endsWith('index.html')) return undefined;
  return file.slice(0, -'index.html'.length);
}

/**
 * The public root of a build of several assemblies, when every assembly's site.url is
 * <root>/<id>/; otherwise undefined (robots.txt then names no sitemap).
 */
export function sharedRoot(assemblies: ReadonlyArray<{ id: string; url: string }>): string | undefined {
  const roots = new Set(assemblies.map(({ id, url }) => (url.endsWith(`/${id}/`) ? url.slice(0, -(id.length + 1)) : '')));
  const [root] = roots;
  return roots.size === 1 && root ? root : undefined;
}
