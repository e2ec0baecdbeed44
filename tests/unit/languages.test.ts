/** Assemblies in several languages, read one language at a time (templates/lib/config/languages.ts). */
import { describe, expect, it } from 'vitest';
import { inLanguage, isPerLanguage, languageProblems, languageSetOf, mdxLanguageOf, mdxParityProblems, perLanguageValues } from '../../templates/lib/config/languages.ts';
import { config } from '../support/minimal-config.ts';

const welshEnglish = { tags: ['cy-GB', 'en-GB'], codes: ['cy', 'en'] };

describe('languageSetOf', () => {
  it('reads two or more distinct languages, the main one first, and nothing else', () => {
    expect(languageSetOf({ languages: ['cy-GB', 'en-GB'] })).toEqual(welshEnglish);
    expect(languageSetOf({ languages: ['cy-GB'] })).toBeUndefined();
    expect(languageSetOf({ languages: ['en-GB', 'en-US'] })).toBeUndefined();
    expect(languageSetOf({ language: 'cy-GB' })).toBeUndefined();
    expect(languageSetOf({ languages: 'cy-GB, en-GB' })).toBeUndefined();
  });
});

describe('per-language values', () => {
  it('are sets of fields named by the site’s language codes only', () => {
    expect(isPerLanguage({ cy: 'Cynulliad', en: 'Assembly' }, welshEnglish)).toBe(true);
    expect(isPerLanguage({ cy: 'Cynulliad' }, welshEnglish)).toBe(true);
    expect(isPerLanguage({ url: 'https://x', label: 'Welsh' }, welshEnglish)).toBe(false);
    expect(isPerLanguage({ cy: 'Cynulliad', fr: 'Assemblée' }, welshEnglish)).toBe(false);
    expect(isPerLanguage({}, welshEnglish)).toBe(false);
  });

  it('are found anywhere in the config, with the languages each lacks', () => {
    const raw = { title: { cy: 'Cynulliad', en: 'Assembly' }, sessions: [{ title: { cy: 'Diwrnod 1' } }, { title: 'Day 2' }] };
    expect(perLanguageValues(raw, welshEnglish)).toEqual([
      { path: ['title'], has: ['cy', 'en'], lacks: [] },
      { path: ['sessions', 0, 'title'], has: ['cy'], lacks: ['en'] },
    ]);
  });

  it('read in one language give that language’s text, the first language that has one where it is missing, and the language’s tag', () => {
    const raw = { language: 'cy-GB', title: { cy: 'Cynulliad', en: 'Assembly' }, sessions: [{ title: { cy: 'Diwrnod 1' } }], site: { url: 'https://x.example/' } };
    expect(inLanguage(raw, welshEnglish, 'en')).toEqual({ language: 'en-GB', title: 'Assembly', sessions: [{ title: 'Diwrnod 1' }], site: { url: 'https://x.example/' } });
    expect(inLanguage(raw, welshEnglish, 'cy')).toMatchObject({ language: 'cy-GB', title: 'Cynulliad' });
  });
});

describe('languageProblems', () => {
  const bilingual = (extra: Record<string, unknown>) => ({ ...config(), languages: ['cy-GB', 'en-GB'], language: undefined, ...extra });
  const messages = (raw: unknown) => languageProblems(raw, welshEnglish).map((p) => `${p.severity} ${p.path.join('.')}: ${p.message}`);

  it('finds nothing when every text is in both languages', () => {
    expect(messages(bilingual({ title: { cy: 'Cynulliad', en: 'Assembly' } }))).toEqual([]);
  });

  it('reports a text missing in a language, as a warning or, by choice, an error', () => {
    const missing = { title: { cy: 'Cynulliad' } };
    expect(messages(bilingual(missing))).toContain('warning title: This text is given in cy-GB but not in en-GB. Add en: … beside cy:.');
    expect(messages(bilingual({ ...missing, missing_translations: 'error' }))).toContain('error title: This text is given in cy-GB but not in en-GB. Add en: … beside cy:.');
  });

  it('checks each language’s text by the same rules as the main language’s', () => {
    const long = 'A short title far too long to fit in the header of a phone, in English';
    expect(messages(bilingual({ short_title: { cy: 'Cynulliad', en: long } }))).toContainEqual(expect.stringMatching(/^error short_title: In en-GB: This must be at most 60 characters, so it fits in the header on a phone \(it is "A short title far too long/));
    expect(messages(bilingual({ short_title: { cy: 'Cynulliad', en: 'Assembly' } })).filter((m) => m.startsWith('error'))).toEqual([]);
  });

  it('finds a language that is not the main one', () => {
    expect(messages(bilingual({ language: 'en-GB' }))).toContain(
      'error language: The main language is cy-GB, the first of languages, but language says en-GB. Remove language: (languages says it all), or put en-GB first in languages.',
    );
    expect(messages(bilingual({ language: 'cy-GB' })).filter((m) => m.startsWith('error'))).toEqual([]);
  });
});

describe('MDX pages in several languages', () => {
  it('are named after the page they translate, with the language code before .mdx', () => {
    expect(mdxLanguageOf('01-introduction.en.mdx', welshEnglish)).toBe('en');
    expect(mdxLanguageOf('01-introduction.mdx', welshEnglish)).toBeUndefined();
    // The main language's pages have no code, and codes the site does not list are not languages.
    expect(mdxLanguageOf('01-introduction.cy.mdx', welshEnglish)).toBeUndefined();
    expect(mdxLanguageOf('01-introduction.fr.mdx', welshEnglish)).toBeUndefined();
  });

  it('are reported where one exists without its translation, or a translation without its page', () => {
    const main = [{ slug: 'introduction', file: 'a/report/01-introduction.mdx' }, { slug: 'what-we-heard', file: 'a/report/02-what-we-heard.mdx' }];
    const english = [{ slug: 'introduction', file: 'a/report/01-introduction.en.mdx' }, { slug: 'extra', file: 'a/report/03-extra.en.mdx' }];
    expect(mdxParityProblems(main, english, welshEnglish, 'en')).toEqual([
      { file: 'a/report/02-what-we-heard.mdx', message: 'This page has no en-GB translation. Add 02-what-we-heard.en.mdx beside it.' },
      { file: 'a/report/03-extra.en.mdx', message: 'This en-GB page translates a page that does not exist in cy-GB. Add 03-extra.mdx beside it, or rename this file to match the page it translates.' },
    ]);
    expect(mdxParityProblems(main.slice(0, 1), english.slice(0, 1), welshEnglish, 'en')).toEqual([]);
  });
});
