/**
 * The one-page report printed by Chromium, as a visitor prints it (issue 17): a document without
 * site chrome, chapters flowing on rather than one to a page, numbered pages, read back by PDF.js.
 */
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';
import { readPdf } from '../support/pdf-reader.ts';

const site = inject('exampleSite');
const served = useServedSite(site);

/** Words of the site's header, navigation, search, breadcrumbs and "Cite this page". */
const chrome = ['Skip to main content', 'Search this site', 'Cite this page', 'Home About Members', 'A to Z', 'Open data', 'Subscribe'];

describe('printing the report', () => {
  it('gives a document of the report alone, chapters flowing, every page numbered', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}/greater-cambridge-2019/report/full/`);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    await page.close();
    // Four chapters (three and the outputs) used to take a page each, mostly empty, plus the contents.
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    for (const words of chrome) expect(pdf.text, words).not.toContain(words);
    expect(pdf.text.indexOf('What members recommended')).toBeLessThan(pdf.text.indexOf('Recommendations, votes and responses', pdf.text.indexOf('What members thought')));
    pdf.pageTexts.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(new RegExp(`(?:^|\\s)${i + 1}(?:\\s|$)`)));
    // Links to other sites are written out.
    expect(pdf.text).toContain('(https://publish.mysociety.org/iidp/cambridge-report/)');
  });
});
