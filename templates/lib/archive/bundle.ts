/**
 * The archive bundle of one assembly: the static site (with its open data and report files) and a
 * manifest giving the SHA-256 of every file, in one zip that anyone can check (G81–G85). Fixed
 * entry dates and a fixed order, so the same site gives the same bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { listFiles, outputHash } from '../build/output-hash.ts';

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
  files: ManifestFile[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createBundle(siteDir: string, meta: { assembly: string; title: string; url: string }): { zip: Uint8Array; manifest: Manifest } {
  const files = listFiles(siteDir);
  const entries: Zippable = {};
  const listed: ManifestFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(siteDir, file)));
    entries[`${siteFolder}${file}`] = bytes;
    listed.push({ path: `${siteFolder}${file}`, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: Manifest = {
    format: 'assembly-archive/1',
    ...meta,
    site_sha256: outputHash(siteDir),
    open_data: listed.filter((f) => f.path.startsWith(`${siteFolder}data/`)).map((f) => f.path),
    report: listed.filter((f) => /^site\/(?:report\/report\.(?:txt|epub)|report\/full\/index\.html|files\/)/.test(f.path)).map((f) => f.path),
    files: listed,
  };
  entries[manifestName] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  return { zip: zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z'), level: 9 }), manifest };
}
