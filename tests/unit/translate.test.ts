/** The interface's words in a page's language (templates/lib/i18n/translate.ts): values, plurals, lists. */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../templates/lib/i18n/translate.ts';

describe('messagesFor', () => {
  it('gives the Welsh words for a Welsh page, with values put in', () => {
    const cy = messagesFor('cy-GB');
    expect(cy.text('page.skip-link')).toBe("Neidio i'r prif gynnwys");
    expect(cy.text('page.updated', { date: '2 Rhagfyr 2026' })).toBe('Diweddarwyd ddiwethaf 2 Rhagfyr 2026.');
    expect(messagesFor('en-GB').text('page.updated', { date: '2 December 2026' })).toBe('Last updated 2 December 2026.');
  });

  it('chooses the plural form by the language’s own rules: Welsh has six, English two', () => {
    const cy = messagesFor('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => cy.count('count.days', n))).toEqual(['0 diwrnod', '1 diwrnod', '2 ddiwrnod', '3 diwrnod', '6 diwrnod', '7 diwrnod']);
    const en = messagesFor('en-GB');
    expect([0, 1, 2, 1500].map((n) => en.count('count.days', n))).toEqual(['0 days', '1 day', '2 days', '1,500 days']);
  });

  it('falls back to English string by string where a catalogue is not complete, with English plural rules for English words', () => {
    const gd = messagesFor('gd-GB');
    expect(gd.text('section.news')).toBe('Naidheachdan');
    expect(gd.text('page.menu')).toBe('Menu');
    // Gaelic's rules would pick "few" for 3; the English fallback has only one and other.
    expect(gd.count('count.sessions', 3)).toBe('3 sessions');
    expect(gd.count('count.sessions', 1)).toBe('1 session');
  });

  it('gives English for a language with no catalogue, with English dates and numbers', () => {
    expect(messagesFor('fr-FR').text('page.menu')).toBe('Menu');
    expect(messagesFor('fr-FR').locale).toBe('en-GB');
    expect(messagesFor('fr-FR').count('count.days', 1500)).toBe('1,500 days');
    expect(messagesFor('cy-GB').locale).toBe('cy-GB');
  });

  it('gives the words around a value the page marks up itself', () => {
    expect(messagesFor('en-GB').around('home.livestreamed-on', 'host')).toEqual(['It will be livestreamed on ', '.']);
    expect(messagesFor('cy-GB').around('home.livestreamed-on', 'host')).toEqual(['Bydd yn cael ei ffrydio’n fyw ar ', '.']);
  });

  it('names a language in the page’s language', () => {
    expect(messagesFor('en-GB').languageName('cy-GB')).toBe('Welsh');
    expect(messagesFor('cy-GB').languageName('en-GB')).toBe('Saesneg');
  });

  it('writes lists as each language does, Welsh "a" or "ac" by the next word', () => {
    expect(messagesFor('en-GB').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(messagesFor('en-GB').list(['A', 'B'], 'or')).toBe('A or B');
    expect(messagesFor('cy-GB').list(['Cyngor Caerdydd', 'Comisiwn'])).toBe('Cyngor Caerdydd a Comisiwn');
    expect(messagesFor('cy-GB').list(['Cyngor Caerdydd', 'Ysgol', 'Eglwys'])).toBe('Cyngor Caerdydd, Ysgol, ac Eglwys');
    expect(messagesFor('cy-GB').list(['A', 'B'], 'or')).toBe('A neu B');
  });
});
