/** The weight of a built site: total size, its HTML pages (median and largest) and its search index. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../../templates/lib/archive/output-hash.ts';

export interface SiteStats {
  files: number;
  totalBytes: number;
  htmlPages: number;
  medianHtmlBytes: number;
  largestHtml: { path: string; bytes: number };
  searchIndexBytes: number;
}

export function siteStats(dir: string): SiteStats {
  const sizes = listFiles(dir).map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
  const html = sizes.filter((f) => f.path.endsWith('.html')).sort((a, b) => a.bytes - b.bytes);
  return {
    files: sizes.length,
    totalBytes: sizes.reduce((sum, f) => sum + f.bytes, 0),
    htmlPages: html.length,
    medianHtmlBytes: html.length > 0 ? html[Math.floor(html.length / 2)]!.bytes : 0,
    largestHtml: html.at(-1) ?? { path: '', bytes: 0 },
    searchIndexBytes: sizes.filter((f) => f.path.startsWith('pagefind/')).reduce((sum, f) => sum + f.bytes, 0),
  };
}
