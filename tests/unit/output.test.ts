import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../templates/lib/archive/output-hash.ts';
import { moveInto, replaceOutput, stagingDir } from '../../scripts/lib/build/output.ts';

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

const made: string[] = [];
const tempParent = () => {
  made.push(mkdtempSync(join(tmpdir(), 'output-')));
  return made.at(-1)!;
};
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('writing the output', () => {
  it('replaces a whole output from its staging folder, leaving nothing beside it', () => {
    const parent = tempParent();
    const out = join(parent, 'dist');
    write(out, { 'old.html': 'old' });
    const staging = stagingDir(out);
    write(staging, { 'index.html': 'new' });
    replaceOutput(staging, out);
    expect(listFiles(out)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('moves a few pages and a folder into an output, replacing the folder as a whole', () => {
    const parent = tempParent();
    const out = join(parent, 'dist');
    write(out, { 'a/index.html': 'a1', 'b/index.html': 'b1', 'search/old-chunk': 'x', 'search/entry.json': '1' });
    const staging = stagingDir(out);
    write(staging, { 'a/index.html': 'a2', 'search/new-chunk': 'y', 'search/entry.json': '2' });
    moveInto(staging, out, ['search', 'a/index.html']);
    expect(listFiles(out)).toEqual(['a/index.html', 'b/index.html', 'search/entry.json', 'search/new-chunk']);
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('a2');
    expect(readFileSync(join(out, 'b/index.html'), 'utf8')).toBe('b1');
    expect(readFileSync(join(out, 'search/entry.json'), 'utf8')).toBe('2');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
