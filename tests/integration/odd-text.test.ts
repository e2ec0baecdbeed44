/**
 * Valid but odd input (issue 15): an assembly saved with a byte-order mark and Windows line
 * endings, written in Welsh and Scottish Gaelic, with emoji (a skin tone, a joined sequence, a
 * flag made of tag characters), right-to-left Arabic and Hebrew, and an accent written as a
 * separate combining mark. It builds, and every output shows the text exactly as written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteForTest } from '../support/build-examples.ts';
import { parse as parseYaml } from 'yaml';
import { pageText } from '../support/pages.ts';
import { registerRefusals, registerUniqueId } from '../support/register-rules.ts';
import { icalendarFaults } from '../support/ical-strict.ts';
import { foreignKeyFaults } from '../support/data-package.ts';
import { readPdf } from '../support/pdf-reader.ts';
import { chromiumPath } from '../../scripts/ensure-test-tools.ts';

const title = 'Cynulliad Dinasyddion Ynys Môn: ŵyl, ŷd a’r dyfodol 🌍';
const summary = 'Seanadh nan Saoranach — fàilte, òran, ìre, ùr; مرحبا بكم; שלום עולם';
const question = 'Sut ddylai’r cyngor ymateb i’r newid yn yr hinsawdd? 🌱';
/** "Café" with the accent as its own combining character (U+0301), which must not be merged. */
const sessionTitle = 'Diwrnod 1 — Cafe\u0301 Gàidhlig 🎉';
const post = [
  'Mae’r aelodau wedi cyrraedd: ŵ, ŷ, â, ô.',
  'Tha na buill air tighinn: à, è, ì, ò, ù.',
  'مرحبا بكم في الجمعية',
  'שלום לכל המשתתפים',
  'Emoji: 🌍 👩🏽‍🔬 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
];

describe('valid but odd text', () => {
  let site: ReturnType<typeof buildSiteForTest>;
  const read = (path: string) => readFileSync(join(site.out, 'odd', path), 'utf8');
  beforeAll(() => {
    site = buildSiteForTest('tests/fixtures/sites/odd-text');
  });

  it('builds without a problem', () => {
    expect(site.status).toBe(0);
    expect(site.output).not.toMatch(/\.(?:yaml|mdx):\d+:\d+ /);
  });

  it('shows the text of assembly.yaml exactly on the pages', () => {
    const home = pageText(site.out, 'odd');
    for (const text of [title, summary, question]) expect(home).toContain(text);
    // Text that may be right to left finds its own direction.
    expect(readFileSync(join(site.out, 'odd/index.html'), 'utf8')).toContain(`<p class="lead" dir="auto">${summary}</p>`);
    const session = pageText(site.out, 'odd/sessions/diwrnod-1');
    expect(session).toContain(sessionTitle);
    expect(session).not.toContain('Caf\u00e9');
    expect(session).toContain('Aelodau’n cwrdd; 👩🏽‍🔬 gwyddonwyr yn siarad.');
  });

  it('shows the text of an MDX file with a byte-order mark and Windows line endings exactly', () => {
    const news = pageText(site.out, 'odd/news/croeso');
    expect(news).toContain('Croeso i’r cynulliad 👋');
    for (const paragraph of post) expect(news).toContain(paragraph);
  });

  it('carries the text exactly into the feed, the calendar and the open data', () => {
    expect(read('feed.xml')).toContain('Croeso i’r cynulliad 👋');
    // Long calendar lines are folded; unfolded, the title is as written.
    expect(read('calendar.ics').replace(/\r\n /g, '')).toContain('Diwrnod 1 — Cafe\u0301 Gàidhlig 🎉');
    expect(read('data/assembly.json')).toContain(summary);
    expect(icalendarFaults(read('calendar.ics'))).toEqual([]);
    expect(foreignKeyFaults(join(site.out, 'odd', 'data'))).toEqual([]);
  });

  it('gives a register entry the register takes, its id made as the register makes it', () => {
    const entry = parseYaml(read('data/register-entry.yaml')) as Record<string, unknown>;
    expect(registerRefusals(entry)).toEqual([]);
    expect(registerUniqueId(entry)).toBe('org-cyngor-cymuned-llanddona-2026-cynulliad-mon');
    expect(read('data/register-entry.csv')).toContain('org-cyngor-cymuned-llanddona-2026-cynulliad-mon,Town Council,,Cyngor Cymuned Llanddôna,');
  });

  it('gives a report whose PDF and e-book carry the text exactly, and which DAISY Ace finds accessible', async () => {
    const pdf = await readPdf(readFileSync(join(site.out, 'odd/report/report.pdf')));
    expect(pdf.info).toMatchObject({ Title: 'Adroddiad y Cynulliad: ŵyl a’r ŷd', Author: 'Cyngor Cymuned Llanddôna' });
    expect(pdf.outline).toEqual([['Croeso: beth a glywsom 🌍', ['Na chuala sinn']]]);
    expect(pdf.text).toContain('Mae’r aelodau wedi cyrraedd: ŵ, ŷ, â, ô.');
    expect(pdf.text).toContain('Tha na buill air tighinn: à, è, ì, ò, ù.');
    const out = mkdtempSync(join(tmpdir(), 'ace-'));
    execFileSync(join('node_modules', '.bin', 'ace-cli'), ['--silent', '--force', '--outdir', out, join(site.out, 'odd/report/report.epub')], { env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath }, stdio: 'pipe' });
    const ace = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { 'earl:result': { 'earl:outcome': string } };
    expect(ace['earl:result']['earl:outcome']).toBe('pass');
    expect(readFileSync(join(site.out, 'odd/report/report.txt'), 'utf8')).toContain('Mae’r aelodau wedi cyrraedd: ŵ, ŷ, â, ô.');
  }, 60_000);

  it('leaves no byte-order mark or stray carriage return in any page', () => {
    for (const file of readdirSync(site.out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(site.out, file), 'utf8');
      expect(html, file).not.toContain('\uFEFF');
      expect(html, file).not.toContain('\r');
    }
  });
});
