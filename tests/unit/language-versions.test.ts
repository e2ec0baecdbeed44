/** A page's versions in its assembly's languages (templates/lib/site/language-versions.ts). */
import { describe, expect, it } from 'vitest';
import { pageInLanguages } from '../../templates/lib/site/language-versions.ts';

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
