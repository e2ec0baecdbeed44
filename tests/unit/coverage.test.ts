/** What the check says about the interface's words in an assembly's language (templates/lib/i18n/coverage.ts). */
import { describe, expect, it } from 'vitest';
import { coverageLines, interfaceCoverage } from '../../templates/lib/i18n/coverage.ts';

describe('interface coverage', () => {
  it('says nothing for English, the reference', () => {
    expect(coverageLines(interfaceCoverage('en-GB'))).toEqual([]);
  });

  it('for Welsh, lists no English fallback, and the translations still to review', () => {
    const welsh = interfaceCoverage('cy-GB');
    expect(welsh.inEnglish).toEqual([]);
    const lines = coverageLines(welsh);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d+ Welsh translations in templates\/lib\/i18n\/catalogues\/cy\.ts are not yet reviewed by a fluent speaker \(marked unreviewed\): page\.skip-link, .* and \d+ more\.$/);
  });

  it('for Gaelic, lists the words still in English and where to add them', () => {
    const lines = coverageLines(interfaceCoverage('gd'));
    expect(lines[0]).toMatch(/^\d+ of the site's own words are still in English on Scottish Gaelic pages, until they are added to templates\/lib\/i18n\/catalogues\/gd\.ts: page\.skip-link, /);
    expect(lines[1]).toMatch(/^5 Scottish Gaelic translations .* not yet reviewed/);
  });

  it('says plainly when there is no catalogue at all for the language', () => {
    expect(coverageLines(interfaceCoverage('fr-FR'))).toEqual([
      `The site's own words (navigation, labels, dates) are in English: there is no catalogue for fr-FR yet. Its pages still say lang="fr-FR" for your content.`,
    ]);
  });
});
