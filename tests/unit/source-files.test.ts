/**
 * What the check refuses in an assembly's own files (issue 15, templates/lib/config/source-files.ts),
 * each rule with input that meets it and input that misses it: encodings other than UTF-8, and
 * links out of the folder.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, linksLeavingFolder, staysInside } from '../../templates/lib/config/source-files.ts';

describe('encodings', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Môn'))).toEqual({ ok: true, text: 'Môn' });
    expect(decodeText(Buffer.from('\uFEFFMôn'))).toEqual({ ok: true, text: 'Môn' });
  });

  it('refuses Latin-1 and UTF-16, saying to save as UTF-8', () => {
    const latin1 = decodeText(Buffer.from('Môn', 'latin1'));
    expect(latin1.ok).toBe(false);
    expect(!latin1.ok && latin1.message).toMatch(/not saved as UTF-8.*save it with the encoding "UTF-8"/);
    const utf16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Môn', 'utf16le')]));
    expect(!utf16.ok && utf16.message).toMatch(/saved as UTF-16/);
  });
});

describe('links out of an assembly folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  const assembly = join(root, 'assembly');
  mkdirSync(join(assembly, 'files'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'elsewhere', 'secret.txt'), 'secret');
  writeFileSync(join(assembly, 'files', 'real.pdf'), 'pdf');
  symlinkSync('real.pdf', join(assembly, 'files', 'inside.pdf'));
  symlinkSync(join(root, 'elsewhere', 'secret.txt'), join(assembly, 'files', 'outside.pdf'));
  symlinkSync('nothing.pdf', join(assembly, 'files', 'broken.pdf'));
  symlinkSync(join(root, 'elsewhere'), join(assembly, 'linked-folder'));

  it('finds links that leave the folder or lead nowhere, and never walks into a linked folder', () => {
    expect(linksLeavingFolder(assembly)).toEqual([
      { path: 'files/broken.pdf', target: 'nothing.pdf', broken: true },
      { path: 'files/outside.pdf', target: join(root, 'elsewhere', 'secret.txt'), broken: false },
      { path: 'linked-folder', target: join(root, 'elsewhere'), broken: false },
    ]);
  });

  it('tells a file inside the folder from one reached through a link out of it', () => {
    expect(staysInside(assembly, join(assembly, 'files', 'inside.pdf'))).toBe(true);
    expect(staysInside(assembly, join(assembly, 'files', 'outside.pdf'))).toBe(false);
    expect(staysInside(assembly, join(assembly, 'linked-folder', 'secret.txt'))).toBe(false);
  });
});
