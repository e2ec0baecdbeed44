/**
 * Nothing is published before its date (issue 14): an assembly whose report, votes, response,
 * updates, news, evidence and evaluation are written ahead (tests/fixtures/sites/embargo) is built
 * before those dates, between them and after, and every file of each output is searched, the
 * compressed search index and e-book included. Drafts never appear.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteForTest, testEpoch } from '../support/build-examples.ts';

const fixtures = 'tests/fixtures/sites/embargo';

/** Every text in the output, by file, with the search index and e-books unpacked. */
function contents(out: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(out, file));
    } catch {
      continue; // a folder
    }
    if (file.endsWith('.epub')) {
      for (const [name, data] of Object.entries(unzipSync(bytes))) found.set(`${file}!${name}`, Buffer.from(data).toString('utf8'));
    } else if (/\.pf_(?:fragment|index|filter|meta)$/.test(file)) found.set(file, gunzipSync(bytes).toString('utf8'));
    else found.set(file, Buffer.from(bytes).toString('utf8'));
  }
  return found;
}

const leaks = (site: Map<string, string>, text: string) => [...site].filter(([, body]) => body.includes(text)).map(([file]) => file);

describe('the embargo on dated and draft items', () => {
  let before: Map<string, string>;
  let between: Map<string, string>;
  let after: Map<string, string>;
  beforeAll(() => {
    const build = (args: string[]) => {
      const site = buildSiteForTest(fixtures, args);
      if (site.status !== 0) throw new Error(site.output);
      return contents(site.out);
    };
    before = build([]);
    between = build(['--as-of', '2027-10-01']);
    after = build(['--as-of', '2028-02-01']);
  });

  it('publishes nothing dated after the day of the build, in any file', () => {
    expect(leaks(before, 'Quillembargo')).toEqual([]);
    // What is already published is there, search index included.
    expect(leaks(before, 'A talk already published').length).toBeGreaterThan(3);
    expect(leaks(before, 'The assembly is announced').some((file) => file.endsWith('.pf_fragment'))).toBe(true);
  });

  it('publishes each item from its date: report, outputs, votes, response, news, files', () => {
    for (const text of ['Quillembargo report', 'Run Quillembargo buses.', 'Quillembargo ballot?', 'We accept the Quillembargo buses.', "The council's Quillembargo answer.", 'Read the Quillembargo report.', 'Quillembargo talk']) {
      expect(leaks(between, text).length, text).toBeGreaterThan(0);
    }
    expect(between.has('future-2027/files/quillembargo-report.pdf')).toBe(true);
    expect(leaks(between, 'The members found Quillembargo things.').some((file) => file.startsWith('future-2027/report/report.epub!'))).toBe(true);
    expect(leaks(between, 'Quillembargo buses').filter((f) => f.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect(leaks(between, 'Quillembargo buses')).toEqual(expect.arrayContaining(['future-2027/data/recommendations.csv', 'future-2027/data/assembly.json']));
    expect(between.get('future-2027/feed.xml')).toContain('Report published: Quillembargo report');
    expect(between.get('future-2027/feed.xml')).toContain('Response published: Quillembargo response');
    expect(between.get('future-2027/sitemap.xml')).toContain('https://future.example.org/recommendations/buses/');
    expect(before.get('future-2027/sitemap.xml')).not.toContain('/recommendations/buses/');
  });

  it('keeps what comes later off until its own date', () => {
    for (const text of ['Quillembargo debate', 'Quillembargo buses now run.', 'Quillembargo evaluation results.']) {
      expect(leaks(between, text), text).toEqual([]);
      expect(leaks(after, text).length, text).toBeGreaterThan(0);
    }
  });

  it('never publishes a draft, whatever the date', () => {
    for (const site of [before, between, after]) {
      expect(leaks(site, 'Quillembargo draft')).toEqual([]);
      expect(leaks(site, 'A draft post')).toEqual([]);
      expect(leaks(site, 'A draft chapter')).toEqual([]);
    }
  });
});

describe('npm run check on scheduled items', () => {
  const check = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/check.ts', ...args], { env: { ...process.env, ASSEMBLIES_DIR: fixtures, SOURCE_DATE_EPOCH: testEpoch }, encoding: 'utf8' });
  it('lists what is not on the site yet and when it will be, and counts none of it as met', () => {
    const { stdout } = check();
    expect(stdout).toContain('Not on the site yet (14):\n    From 6 March 2027: Evidence "Quillembargo talk" (evidence[1])');
    // Outputs that wait for the report are counted too, though they have no date of their own.
    expect(stdout).toContain('From 14 May 2027: 1 recommendation, which appears with the report (recommendations)');
    expect(stdout).toContain('From 14 May 2027: The report "Quillembargo report" (report)');
    expect(stdout).toContain('Draft: "A draft output" (recommendations[2])');
    expect(stdout).toMatch(/Still to come \(\d+\): .*G29 \(14 May 2027\)/);
    expect(stdout).not.toMatch(/Met \(\d+\): .*G29/);
  });
  it('checks the site as it will be on a chosen day with --as-of', () => {
    const { stdout } = check('--as-of', '2027-10-01');
    expect(stdout).toMatch(/Met \(\d+\): .*G29/);
    expect(stdout).toContain('From 15 October 2027: Response event: Quillembargo debate');
    expect(check('--as-of', '1 October').stderr).toContain('--as-of needs a date written 2027-09-30');
  });
});
