/**
 * The archive bundle of one assembly: the static site (with its open data and report files), a WACZ
 * web archive of the same site as published, and a manifest giving the SHA-256 of every file, in one
 * zip that anyone can check (G81–G85). Fixed entry dates and a fixed order, so the same site gives
 * the same bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { listFiles, outputHash } from './output-hash.ts';
import { createWacz } from './wacz.ts';

export const manifestName = 'manifest.json';
export const siteFolder = 'site/';

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: 'assembly-archive/1';
  assembly: string;
  title: string;
  url: string;
  /** SHA-256 of the whole site, as `npm run build` prints it. */
  site_sha256: string;
  open_data: string[];
  report: string[];
  /** The WACZ web archive of the site at its address, for replay tools. */
  web_archive: string;
  files: ManifestFile[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface BundleOptions {
  assembly: string;
  title: string;
  url: string;
  /** The build date, which the web archive records as the capture date. */
  date: Date;
  software: string;
}

export function createBundle(siteDir: string, options: BundleOptions): { zip: Uint8Array; manifest: Manifest } {
  const entries: Zippable = {};
  const listed: ManifestFile[] = [];
  const add = (path: string, bytes: Uint8Array, level: 0 | 9 = 9) => {
    entries[path] = [bytes, { level }];
    listed.push({ path, bytes: bytes.length, sha256: sha256(bytes) });
  };
  for (const file of listFiles(siteDir)) add(`${siteFolder}${file}`, new Uint8Array(readFileSync(join(siteDir, file))));
  const webArchive = `${options.assembly}.wacz`;
  add(webArchive, createWacz(siteDir, {
    siteUrl: options.url,
    date: options.date,
    title: options.title,
    description: `Web archive of the public website of ${options.title}, as published at ${options.url}.`,
    software: options.software,
  }), 0); // already compressed
  const manifest: Manifest = {
    format: 'assembly-archive/1',
    assembly: options.assembly,
    title: options.title,
    url: options.url,
    site_sha256: outputHash(siteDir),
    open_data: listed.filter((f) => f.path.startsWith(`${siteFolder}data/`)).map((f) => f.path),
    report: listed.filter((f) => /^site\/(?:report\/report\.(?:txt|epub)|report\/full\/index\.html|files\/)/.test(f.path)).map((f) => f.path),
    web_archive: webArchive,
    files: listed,
  };
  entries[manifestName] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  return { zip: zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z'), level: 9 }), manifest };
}
