/** The report in lasting formats: EPUB checked by EPUBCheck, plain text, one printable page. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, epubcheckJar } from '../../scripts/ensure-test-tools.ts';
import { readPdf } from '../support/pdf-reader.ts';

const site = inject('exampleSite');
const book = join(site, 'greater-cambridge-2019/report/report.epub');

describe('the report of the finished example', () => {
  it('is a valid EPUB 3 according to EPUBCheck', () => {
    const output = execFileSync('java', ['-jar', epubcheckJar, book], { encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('No errors or warnings detected.');
  });

  it('holds every chapter, in order, with the mimetype stored first', () => {
    const bytes = readFileSync(book);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0); // stored, not compressed
    const files = unzipSync(new Uint8Array(bytes));
    const nav = strFromU8(files['EPUB/nav.xhtml']!);
    expect([...nav.matchAll(/<li><a href="[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => m[1])).toEqual(['Introduction', 'What members recommended', 'What members thought', 'Recommendations, votes and responses']);
    expect(nav).toContain('<nav epub:type="landmarks"');
    expect(strFromU8(files['EPUB/chapter-03.xhtml']!)).toContain('<blockquote><p>Be brave, be bold, and take action.</p></blockquote>');
  });

  it('reads well as plain text', () => {
    const text = readFileSync(join(site, 'greater-cambridge-2019/report/report.txt'), 'utf8');
    expect(text.split('\n').filter((line) => !line.includes('http')).every((line) => line.length <= 72)).toBe(true);
    expect(text).toContain('3. What members thought\n=======================\n\nMembers\' key message to the Greater Cambridge Partnership\'s Executive\nBoard was:\n\n    Be brave, be bold, and take action.\n');
  });

  it('carries the recommendations with their votes and responses in every format', () => {
    const text = readFileSync(join(site, 'greater-cambridge-2019/report/report.txt'), 'utf8');
    expect(text).toContain('4. Recommendations, votes and responses\n===');
    expect(text).toContain('Provide affordable public transport\n-----------------------------------\n\nTheme: Vision\n\nThe vision outcome with the highest support was affordable public\ntransport.\n\nA vote was held, but its figures were not published.\n\nResponse: Accepted, 25 June 2020. (illustrative)');
    const chapter = strFromU8(unzipSync(new Uint8Array(readFileSync(book)))['EPUB/chapter-04.xhtml']!);
    expect(chapter).toContain('<h2>Provide affordable public transport</h2>');
    expect(chapter).toContain('<p>Response: Accepted, 25 June 2020. (illustrative)</p>');
    const page = readFileSync(join(site, 'greater-cambridge-2019/report/full/index.html'), 'utf8');
    expect(page).toContain('<h2 id="outcomes">Recommendations, votes and responses</h2>');
    expect(page).toMatch(/<h3>Close roads to cars <\/h3>/);
    expect(page).toContain('<p>Response: Under consideration, 25 June 2020. <span class="caveat">Illustrative</span></p>');
  });
});

describe('the PDF of the finished example, read back by PDF.js', () => {
  it('is linked from the report page, tagged, PDF/A, with a bookmark per chapter and the recommendations with votes and responses', async () => {
    expect(readFileSync(join(site, 'greater-cambridge-2019/report/index.html'), 'utf8')).toContain('<a href="/greater-cambridge-2019/report/report.pdf">Download the report as a PDF</a> <span class="meta">(PDF, tagged for screen readers, with bookmarks)</span>');
    const pdf = await readPdf(readFileSync(join(site, 'greater-cambridge-2019/report/report.pdf')));
    expect(pdf.info).toMatchObject({ Title: 'Report and recommendations', Author: 'Involve', Language: 'en-GB', CreationDate: 'D:20191120000000Z' });
    expect(pdf.outline.map(([title]) => title)).toEqual(['Introduction', 'What members recommended', 'What members thought', 'Recommendations, votes and responses']);
    expect(pdf.outline[1]![1]).toEqual(['The vision', 'Core measures', 'Supporting measures']);
    expect(pdf.marked).toBe(true);
    expect(pdf.roles.has('H1')).toBe(true);
    expect(pdf.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf.text).toContain('Be brave, be bold, and take action.');
    expect(pdf.text).toContain('Provide affordable public transport Theme: Vision');
    expect(pdf.text).toContain('Response: Accepted, 25 June 2020. (illustrative)');
  });
});

describe('the PDF of the national example', () => {
  it('has a bookmark per chapter and the outputs with their votes', async () => {
    const pdf = await readPdf(readFileSync(join(site, 'climate-assembly-uk-2020/report/report.pdf')));
    expect(pdf.marked).toBe(true);
    expect(pdf.outline.at(-1)![0]).toBe('Recommendations, votes and responses');
    expect(pdf.outline.length).toBeGreaterThan(1);
    expect(pdf.text).toContain('Forests and better forest management: 99%.');
  });
});

describe('the e-books of the examples, checked for accessibility by DAISY Ace in Debian\'s Chromium', () => {
  it.each(['greater-cambridge-2019', 'climate-assembly-uk-2020'])('%s: no violation, and the accessibility metadata present', (id) => {
    const out = mkdtempSync(join(tmpdir(), 'ace-'));
    execFileSync(join('node_modules', '.bin', 'ace-cli'), ['--silent', '--force', '--outdir', out, join(site, id, 'report/report.epub')], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath },
      stdio: 'pipe',
    });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      'earl:result': { 'earl:outcome': string };
      assertions: Array<{ 'earl:testSubject': { url: string }; assertions?: Array<{ 'earl:test': { 'dct:title': string } }> }>;
      'a11y-metadata': { present: string[]; missing: string[] };
    };
    const violations = report.assertions.flatMap((a) => (a.assertions ?? []).map((v) => `${a['earl:testSubject'].url}: ${v['earl:test']['dct:title']}`));
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
    expect(report['a11y-metadata'].present).toEqual(
      expect.arrayContaining(['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary', 'dcterms:conformsTo', 'a11y:certifiedBy']),
    );
  }, 60_000);
});
