/** npm run archive and npm run archive:verify, run as a user runs them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { testEpoch } from '../support/build-examples.ts';
import { sha256 } from '../../templates/lib/archive/bundle.ts';

/** The archived fixture assembly: the case an archive bundle is made for. */
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, SOURCE_DATE_EPOCH: testEpoch, ASSEMBLIES_DIR: 'tests/fixtures/sites/archived' },
    encoding: 'utf8',
  });

async function* chunks(bytes: Uint8Array) {
  yield bytes;
}

/** The WACZ holds every site file at its published address, read back by warcio, with a working index and page list. */
async function checkWebArchive(wacz: Uint8Array, manifest: { url: string; files: { path: string; sha256: string }[] }) {
  const parts = unzipSync(wacz);
  const datapackage = JSON.parse(strFromU8(parts['datapackage.json']!)) as { wacz_version: string; mainPageUrl: string; resources: { path: string; hash: string }[] };
  expect(datapackage.wacz_version).toBe('1.1.1');
  expect(datapackage.mainPageUrl).toBe(manifest.url);
  for (const resource of datapackage.resources) expect(`sha256:${sha256(parts[resource.path]!)}`).toBe(resource.hash);

  const warc = parts['archive/data.warc.gz']!;
  const payloads = new Map<string, string>();
  for await (const record of new WARCParser(chunks(warc))) {
    if (record.warcType === 'response') payloads.set(record.warcTargetURI!, sha256(await record.readFully(true)));
  }
  const siteFiles = manifest.files.filter((f) => f.path.startsWith('site/'));
  expect(payloads.size).toBe(siteFiles.length);
  const home = siteFiles.find((f) => f.path === 'site/index.html')!;
  expect(payloads.get(manifest.url)).toBe(home.sha256);
  const csv = siteFiles.find((f) => f.path === 'site/data/recommendations.csv')!;
  expect(payloads.get(new URL('data/recommendations.csv', manifest.url).href)).toBe(csv.sha256);

  const index = strFromU8(parts['indexes/index.cdx']!).trim().split('\n');
  expect(index).toHaveLength(siteFiles.length);
  const homeLine = JSON.parse(index.find((line) => line.includes(`"url":"${manifest.url}"`))!.replace(/^\S+ \S+ /, '')) as { offset: string; length: string };
  const slice = warc.subarray(Number(homeLine.offset), Number(homeLine.offset) + Number(homeLine.length));
  const record = await new WARCParser(chunks(slice)).parse();
  expect(record?.warcTargetURI).toBe(manifest.url);

  const pages = strFromU8(parts['pages/pages.jsonl']!).trim().split('\n').map((line) => JSON.parse(line) as { url?: string; title?: string });
  expect(pages[0]).toMatchObject({ format: 'json-pages-1.0' });
  expect(pages.find((page) => page.url === manifest.url)?.title).toMatch(/Alpha/);
  expect(pages.some((page) => page.title === 'This page has moved')).toBe(false);
}

describe('archive bundle of an archived assembly', () => {
  it('is written, verifies, is reproducible, and a change is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const first = join(dir, 'first.zip');
    const second = join(dir, 'second.zip');
    expect(run('scripts/archive.ts', ['alpha', '--out', first]).status).toBe(0);
    expect(run('scripts/archive.ts', ['alpha', '--out', second]).status).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);

    const verified = run('scripts/archive-verify.ts', [first]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/all \d+ files match the manifest/);
    const manifest = JSON.parse(Buffer.from(unzipSync(new Uint8Array(readFileSync(first)))['manifest.json']!).toString()) as {
      report: string[];
      open_data: string[];
      web_archive: string;
      url: string;
      files: { path: string; sha256: string }[];
    };
    expect(manifest.report).toEqual(expect.arrayContaining(['site/report/report.epub', 'site/report/report.txt', 'site/report/full/index.html']));
    expect(manifest.open_data).toEqual(expect.arrayContaining(['site/data/datapackage.json', 'site/data/recommendations.csv']));

    const entries = unzipSync(new Uint8Array(readFileSync(first)));
    await checkWebArchive(entries[manifest.web_archive]!, manifest);

    entries['site/index.html'] = strToU8('tampered');
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, zipSync(entries));
    const caught = run('scripts/archive-verify.ts', [tampered]);
    expect(caught.status).toBe(1);
    expect(caught.stderr).toContain('- Changed: site/index.html');
  });
});
