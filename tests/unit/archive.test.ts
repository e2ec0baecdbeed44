import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../templates/lib/archive/bundle.ts';
import { verifyBundle, verifyWacz } from '../../templates/lib/archive/verify.ts';

function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'data', 'sessions.csv'), 'id\r\nday-1\r\n');
  return createBundle(dir, { assembly: 'test', title: 'Test', url: 'https://x.org/', date: new Date('2027-06-01T00:00:00Z'), software: 'test' });
}

/** The same bundle with its entries changed by `edit`. */
function rezip(zip: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(zip);
  edit(entries);
  return zipSync(entries);
}

describe('archive bundle', () => {
  it('lists every file with its SHA-256 and names the open data', () => {
    const { manifest } = bundle();
    expect(manifest.files.map((f) => f.path)).toEqual(['site/data/sessions.csv', 'site/index.html', 'test.wacz']);
    expect(manifest.open_data).toEqual(['site/data/sessions.csv']);
    expect(manifest.web_archive).toBe('test.wacz');
    expect(manifest.files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('verifies when nothing changed, and is the same bytes every time', () => {
    const first = bundle().zip;
    expect(verifyBundle(first)).toEqual({ ok: true, checked: 3, problems: [] });
    expect(Buffer.from(bundle().zip).equals(Buffer.from(first))).toBe(true);
  });
  it('reports changed, missing and added files', () => {
    const { zip } = bundle();
    expect(verifyBundle(rezip(zip, (e) => (e['site/index.html'] = strToU8('<p>changed</p>')))).problems).toEqual(['Changed: site/index.html']);
    expect(verifyBundle(rezip(zip, (e) => delete e['site/data/sessions.csv'])).problems).toEqual(['Missing: site/data/sessions.csv']);
    expect(verifyBundle(rezip(zip, (e) => (e['site/extra.html'] = strToU8('x')))).problems).toEqual(['Not in the manifest: site/extra.html']);
    expect(verifyBundle(strToU8('not a zip')).ok).toBe(false);
  });
  it('checks the web archive inside against its own datapackage.json', () => {
    const wacz = unzipSync(bundle().zip)['test.wacz']!;
    expect(verifyWacz('test.wacz', wacz)).toEqual([]);
    expect(verifyWacz('test.wacz', rezip(wacz, (e) => (e['pages/pages.jsonl'] = strToU8('{}\n'))))).toEqual(['Changed: test.wacz pages/pages.jsonl']);
    expect(verifyWacz('test.wacz', rezip(wacz, (e) => delete e['indexes/index.cdx']))).toEqual(['Missing: test.wacz indexes/index.cdx']);
    expect(verifyWacz('test.wacz', rezip(wacz, (e) => (e['datapackage.json'] = strToU8('{"resources":[]}'))))).toEqual([
      'Changed: test.wacz datapackage.json (it no longer matches datapackage-digest.json)',
    ]);
  });
});
