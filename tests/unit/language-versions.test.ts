/** A page's versions in its assembly's languages (templates/lib/site/language-versions.ts). */
import { describe, expect, it } from 'vitest';
import { pageInLanguages, translationGaps } from '../../templates/lib/site/language-versions.ts';

const versions = [{ id: 'cymru', tag: 'cy-GB' }, { id: 'cymru/en', tag: 'en-GB' }];
const welsh = { id: 'cymru', config: { site: { url: 'https://cynulliad.example.org/' } }, versions };
const english = { id: 'cymru/en', config: { site: { url: 'https://cynulliad.example.org/en/' } }, versions, translationOf: 'cymru' };
const together = { base: '/', only: undefined };
const alone = { base: '/', only: 'cymru' };

describe('pageInLanguages', () => {
  it('gives the same page in each language, from either language, the main one first', () => {
    const expected = [
      { tag: 'cy-GB', name: 'Cymraeg', href: '/cymru/sessions/diwrnod-1/', url: 'https://cynulliad.example.org/sessions/diwrnod-1/' },
      { tag: 'en-GB', name: 'English', href: '/cymru/en/sessions/diwrnod-1/', url: 'https://cynulliad.example.org/en/sessions/diwrnod-1/' },
    ];
    expect(pageInLanguages(together, welsh, ['sessions', 'diwrnod-1'])).toEqual(expected.map((e, i) => ({ ...e, current: i === 0 })));
    expect(pageInLanguages(together, english, ['sessions', 'diwrnod-1'])).toEqual(expected.map((e, i) => ({ ...e, current: i === 1 })));
  });

  it('links within an assembly built alone at the root, and from its home page', () => {
    expect(pageInLanguages(alone, english, []).map((p) => `${p.href} ${p.url}`)).toEqual(['/ https://cynulliad.example.org/', '/en/ https://cynulliad.example.org/en/']);
  });

  it('gives nothing for an assembly in one language', () => {
    expect(pageInLanguages(together, { id: 'solo', config: { site: { url: 'https://x.example/' } } }, [])).toEqual([]);
  });
});

describe('translationGaps', () => {
  const page = (slug: string, title: string, language?: string) => ({ slug, meta: { title }, ...(language ? { language } : {}) });
  it('lists, per language other than the main one, the pages shown in the main language for want of a translation', () => {
    const main = { id: 'cymru', config: { language: 'cy-GB' }, chapters: [page('a', 'Cyflwyniad'), page('b', 'Argymhellion')], news: [page('c', 'Croeso')], transcripts: [page('t', 'Trawsgrifiad')] };
    const english = { id: 'cymru/en', config: { language: 'en-GB' }, chapters: [page('a', 'Introduction'), page('b', 'Argymhellion', 'cy-GB')], news: [page('c', 'Welcome')], transcripts: [page('t', 'Trawsgrifiad', 'cy-GB')] };
    expect(translationGaps([main, english])).toEqual([
      { tag: 'en-GB', untranslated: [{ title: 'Argymhellion', segments: ['report', 'b'] }, { title: 'Trawsgrifiad', segments: undefined }] },
    ]);
    const complete = { ...english, chapters: [page('a', 'Introduction'), page('b', 'Recommendations')], transcripts: [page('t', 'Transcript')] };
    expect(translationGaps([main, complete])).toEqual([{ tag: 'en-GB', untranslated: [] }]);
  });
});
