/**
 * A WACZ 1.1.1 web archive of a built site: every page and asset as a WARC response record at the
 * address it is published at, a CDXJ index, the list of pages, and a datapackage.json giving the
 * SHA-256 of each part (G83, G85). Replay tools such as ReplayWeb.page open it without the original
 * host, so the record stays readable after the council's website has moved on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { listFiles } from './output-hash.ts';
import { mediaTypeOf } from './media-types.ts';
import { cdxj, sha256Digest, warcDate, writeWarc, type Capture } from './warc.ts';

export const waczVersion = '1.1.1';
const warcName = 'data.warc.gz';

export interface WaczOptions {
  /** The address the site is published at, for example `https://example.org/assembly/`. */
  siteUrl: string;
  /** When the record was made: the build date. */
  date: Date;
  title: string;
  description: string;
  software: string;
}

export interface Page {
  id: string;
  url: string;
  ts: string;
  title: string;
}

/** The address a static host serves a built file at: `a/index.html` is served as `a/`. */
export function addressOf(siteUrl: string, file: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), base).href;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The page's <title> as text: named and numeric character references decoded. */
function titleOf(html: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return title
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, decimal?: string, hex?: string, name?: string) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!.toLowerCase()] ?? whole),
    )
    .trim();
}

/** Reading pages, not redirect stubs or the not-found page: the entry points a replay tool lists. */
export function pagesOf(captures: (Capture & { file: string })[], date: Date): Page[] {
  return captures
    .filter((capture) => capture.file.endsWith('.html') && capture.file !== '404.html')
    .map((capture) => ({ capture, html: new TextDecoder().decode(capture.bytes) }))
    .filter(({ html }) => !/<meta http-equiv="refresh"/i.test(html))
    .map(({ capture, html }) => ({ id: sha256Digest(capture.url).slice(7, 19), url: capture.url, ts: warcDate(date), title: titleOf(html) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const fixedTime = new Date('2000-01-01T00:00:00Z');

export function createWacz(siteDir: string, options: WaczOptions): Uint8Array {
  const captures = listFiles(siteDir).map((file) => ({
    file,
    url: addressOf(options.siteUrl, file),
    mediaType: mediaTypeOf(file),
    bytes: new Uint8Array(readFileSync(join(siteDir, file))),
  }));
  const warc = writeWarc(captures, { filename: warcName, date: options.date, software: options.software, description: options.description });
  const pages = pagesOf(captures, options.date);
  const pagesJsonl = [{ format: 'json-pages-1.0', id: 'pages', title: 'All pages' }, ...pages].map((line) => `${JSON.stringify(line)}\n`).join('');

  // Already-compressed WARC data is stored, not deflated again, so replay tools can seek into it.
  const parts: [string, Uint8Array, 0 | 9][] = [
    [`archive/${warcName}`, warc.bytes, 0],
    ['indexes/index.cdx', strToU8(cdxj(warc.index)), 9],
    ['pages/pages.jsonl', strToU8(pagesJsonl), 9],
  ];
  const home = addressOf(options.siteUrl, 'index.html');
  const datapackage = {
    profile: 'data-package',
    wacz_version: waczVersion,
    title: options.title,
    description: options.description,
    created: warcDate(options.date),
    modified: warcDate(options.date),
    software: options.software,
    mainPageUrl: home,
    mainPageDate: warcDate(options.date),
    resources: parts.map(([path, bytes]) => ({ name: path.split('/').pop()!, path, hash: sha256Digest(bytes), bytes: bytes.length })),
  };
  const datapackageBytes = strToU8(`${JSON.stringify(datapackage, null, 2)}\n`);
  const digest = strToU8(`${JSON.stringify({ path: 'datapackage.json', hash: sha256Digest(datapackageBytes) }, null, 2)}\n`);

  const entries: Zippable = {};
  for (const [path, bytes, level] of parts) entries[path] = [bytes, { level }];
  entries['datapackage.json'] = [datapackageBytes, { level: 9 }];
  entries['datapackage-digest.json'] = [digest, { level: 9 }];
  return zipSync(entries, { mtime: fixedTime });
}
