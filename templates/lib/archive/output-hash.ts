/**
 * One SHA-256 for a whole built site, so two builds, or an archive and its source, can be compared
 * at a glance. It covers every file's path and bytes, in a fixed order.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function outputHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    const content = readFileSync(join(dir, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}
