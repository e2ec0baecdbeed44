/** Every internal link and asset of a built site that does not resolve, as "page: link". */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, pageUrlPath } from './pages.ts';

/** `base` is the path the site is served under ("/" or "/citizens-assembly/2027/"). */
export function brokenLinks(site: string, base = '/'): string[] {
  const broken: string[] = [];
  const cache = new Map<string, string>();
  const read = (file: string) => cache.get(file) ?? cache.set(file, readFileSync(file, 'utf8')).get(file)!;
  const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  for (const file of htmlFiles(site)) {
    const source = read(join(site, file));
    const here = `${base}${pageUrlPath(file)}`;
    for (const match of source.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const link = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
      const url = new URL(link, `http://site${here}`);
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        broken.push(`${file}: ${link} (outside ${base})`);
        continue;
      }
      const target = join(site, path.slice(base.length));
      const targetFile = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!existsSync(targetFile)) {
        broken.push(`${file}: ${link}`);
        continue;
      }
      if (url.hash && targetFile.endsWith('.html') && !idsOf(read(targetFile)).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${file}: ${link} (no such fragment)`);
      }
    }
  }
  return broken;
}
