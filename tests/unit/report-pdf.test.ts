/** The report's PDF (templates/lib/report/pdf.ts, typst-source.ts), read back by PDF.js. */
import { describe, expect, it } from 'vitest';
import { missingEngineMessage, pdfEngine, reportPdf } from '../../templates/lib/report/pdf.ts';
import { typstString } from '../../templates/lib/report/typst-source.ts';
import { readPdf } from '../support/pdf-reader.ts';

const engine = pdfEngine();
if (!engine.ok) throw new Error(`The PDF engine does not run here: ${engine.reason}`);
const report = {
  title: 'Report of the #1 assembly: *not* bold // not a comment',
  language: 'cy-GB',
  authors: ['Cyngor Cymuned Llanddôna'],
  date: '2026-11-01',
  byline: ['Published 1 November 2026 by Cyngor Cymuned Llanddôna.'],
  chapters: [
    { title: 'Croeso', body: 'Mae’r aelodau wedi cyrraedd: ŵ, ŷ, â.\n\nCosts $5 and @ref, 1 < 2 = #set page(paper: "a5") // still text.\n\n## Beth nesaf\n\n- un\n- dau', url: 'https://example.org/report/croeso/' },
    { title: 'Recommendations, votes and responses', body: '## Plant trees\n\nResponse: Accepted, 1 June 2027.' },
  ],
};

describe('the report as a PDF', () => {
  it('writes text as text: Typst strings hold any character exactly', () => {
    expect(typstString('a "quoted" \\ back\nslash')).toBe('"a \\"quoted\\" \\\\ back\\nslash"');
  });

  it('is tagged, PDF/A-2a, with bookmarks, language, title and author, and the text exactly as written', async () => {
    const made = reportPdf(engine, report);
    expect(made.standard).toBe('a-2a');
    const pdf = await readPdf(made.bytes);
    expect(pdf.info).toMatchObject({ Title: report.title, Author: 'Cyngor Cymuned Llanddôna', Language: 'cy-GB', CreationDate: 'D:20261101000000Z' });
    expect(pdf.outline).toEqual([['Croeso', ['Beth nesaf']], ['Recommendations, votes and responses', ['Plant trees']]]);
    expect(pdf.marked).toBe(true);
    expect([...pdf.roles]).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI']));
    expect(pdf.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(pdf.xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(pdf.text).toContain('Mae’r aelodau wedi cyrraedd: ŵ, ŷ, â.');
    expect(pdf.text).toContain('Costs $5 and @ref, 1 < 2 = #set page(paper: "a5") // still text.');
  });

  it('is the same file for the same report', () => {
    expect(Buffer.from(reportPdf(engine, report).bytes).equals(Buffer.from(reportPdf(engine, report).bytes))).toBe(true);
  });

  it('is still made, tagged but without the PDF/A claim, when no font can show some of the text', async () => {
    const made = reportPdf(engine, { ...report, chapters: [{ title: 'Croeso 🌍', body: 'Emoji: 👩🏽‍🔬' }] });
    expect(made.standard).toBeUndefined();
    const pdf = await readPdf(made.bytes);
    expect(pdf.marked).toBe(true);
    expect(pdf.xmp).not.toContain('pdfaid:part');
    expect(pdf.outline).toEqual([['Croeso 🌍', []]]);
  });

  it('says plainly when the engine cannot run, and that the rest is built', () => {
    const missing = pdfEngine(() => {
      throw new Error("Cannot find module '@myriaddreamin/typst-ts-node-compiler-linux-x64-gnu'\nRequire stack: ...");
    });
    expect(missing).toEqual({ ok: false, reason: "Cannot find module '@myriaddreamin/typst-ts-node-compiler-linux-x64-gnu'" });
    expect(missingEngineMessage(missing.ok ? '' : missing.reason)).toMatch(/^The report's PDF was not made: .*Everything else is built/);
  });
});
