/** npm run archive and npm run archive:verify, run as a user runs them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testEpoch } from '../support/build-examples.ts';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: testEpoch }, encoding: 'utf8' });

describe('archive bundle of an example', () => {
  it('is written, verifies, is reproducible, and a change is caught', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const first = join(dir, 'first.zip');
    const second = join(dir, 'second.zip');
    expect(run('scripts/archive.ts', ['greater-cambridge-2019', '--out', first]).status).toBe(0);
    expect(run('scripts/archive.ts', ['greater-cambridge-2019', '--out', second]).status).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);

    const verified = run('scripts/archive-verify.ts', [first]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/all \d+ files match the manifest/);
    const manifest = JSON.parse(Buffer.from(unzipSync(new Uint8Array(readFileSync(first)))['manifest.json']!).toString()) as { report: string[]; open_data: string[] };
    expect(manifest.report).toEqual(expect.arrayContaining(['site/report/report.epub', 'site/report/report.txt', 'site/report/full/index.html']));
    expect(manifest.open_data).toEqual(expect.arrayContaining(['site/data/datapackage.json', 'site/data/recommendations.csv']));

    const entries = unzipSync(new Uint8Array(readFileSync(first)));
    entries['site/index.html'] = strToU8('tampered');
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, zipSync(entries));
    const caught = run('scripts/archive-verify.ts', [tampered]);
    expect(caught.status).toBe(1);
    expect(caught.stderr).toContain('- Changed: site/index.html');
  });
});
