/**
 * Checks an archive bundle against its own manifest: every file present, unchanged, and nothing
 * added; and the web archive inside it against its own datapackage.json, as WACZ tools would.
 */
import { strFromU8, unzipSync } from 'fflate';
import { manifestName, sha256, type Manifest } from './bundle.ts';

export interface Verification {
  ok: boolean;
  checked: number;
  problems: string[];
}

function unzip(zip: Uint8Array): Record<string, Uint8Array> | string {
  try {
    return unzipSync(zip);
  } catch (error) {
    return (error as Error).message;
  }
}

interface Datapackage {
  resources?: { path: string; hash: string; bytes: number }[];
}

/** Problems with a WACZ: its datapackage digest, and each resource's size and SHA-256. */
export function verifyWacz(name: string, wacz: Uint8Array): string[] {
  const entries = unzip(wacz);
  if (typeof entries === 'string') return [`${name} is not a readable zip file (${entries}).`];
  const datapackage = entries['datapackage.json'];
  if (!datapackage) return [`${name} has no datapackage.json.`];
  const problems: string[] = [];
  const digest = entries['datapackage-digest.json'];
  if (digest && (JSON.parse(strFromU8(digest)) as { hash: string }).hash !== `sha256:${sha256(datapackage)}`) {
    problems.push(`Changed: ${name} datapackage.json (it no longer matches datapackage-digest.json)`);
  }
  for (const resource of (JSON.parse(strFromU8(datapackage)) as Datapackage).resources ?? []) {
    const bytes = entries[resource.path];
    if (!bytes) problems.push(`Missing: ${name} ${resource.path}`);
    else if (bytes.length !== resource.bytes || `sha256:${sha256(bytes)}` !== resource.hash) problems.push(`Changed: ${name} ${resource.path}`);
  }
  return problems;
}

export function verifyBundle(zip: Uint8Array): Verification {
  const entries = unzip(zip);
  if (typeof entries === 'string') return { ok: false, checked: 0, problems: [`This is not a readable zip file (${entries}).`] };
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
  const webArchive = manifest.web_archive ? entries[manifest.web_archive] : undefined;
  if (webArchive) problems.push(...verifyWacz(manifest.web_archive, webArchive));
  return { ok: problems.length === 0, checked: manifest.files.length, problems };
}
