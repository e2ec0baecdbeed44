/** The media type a plain static host sends for each kind of file the build writes. */
import { basename, extname } from 'node:path';

/** Also what the server settings in templates/deploy/ send for the files a plain server may not know. */
export const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.yaml': 'application/yaml',
  '.zip': 'application/zip',
  '.wacz': 'application/zip',
};

/** Files whose name says more than their extension: the news feed is Atom, not any XML. */
const byName: Readonly<Record<string, string>> = { 'feed.xml': 'application/atom+xml' };

export function mediaTypeOf(path: string): string {
  return byName[basename(path)] ?? mediaTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
