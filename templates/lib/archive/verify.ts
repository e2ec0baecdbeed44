/** Checks an archive bundle against its own manifest: every file present, unchanged, and nothing added. */
import { strFromU8, unzipSync } from 'fflate';
import { manifestName, sha256, type Manifest } from './bundle.ts';

export interface Verification {
  ok: boolean;
  checked: number;
  problems: string[];
}

export function verifyBundle(zip: Uint8Array): Verification {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (error) {
    return { ok: false, checked: 0, problems: [`This is not a readable zip file (${(error as Error).message}).`] };
  }
  const manifestBytes = entries[manifestName];
  if (!manifestBytes) return { ok: false, checked: 0, problems: [`There is no ${manifestName} in the bundle, so it cannot be checked.`] };
  const manifest = JSON.parse(strFromU8(manifestBytes)) as Manifest;
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    listed.add(file.path);
    const bytes = entries[file.path];
    if (!bytes) problems.push(`Missing: ${file.path}`);
    else if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) problems.push(`Changed: ${file.path}`);
  }
  for (const path of Object.keys(entries)) {
    if (path !== manifestName && !path.endsWith('/') && !listed.has(path)) problems.push(`Not in the manifest: ${path}`);
  }
  return { ok: problems.length === 0, checked: manifest.files.length, problems };
}
