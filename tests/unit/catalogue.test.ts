/** The interface catalogues (templates/lib/i18n/): complete where they say so, and translated faithfully in form. */
import { describe, expect, it } from 'vitest';
import { catalogueGaps, interfaceLanguageOf, interfaceLanguages, type PartialCatalogue } from '../../templates/lib/i18n/catalogue.ts';
import { en, type MessageKey } from '../../templates/lib/i18n/catalogues/en.ts';
import { messageOf, unreviewed, type Entry, type Message } from '../../templates/lib/i18n/message.ts';

/** What is wrong in the form of a catalogue's messages: placeholders unlike English's, or plural forms its language lacks or needs. */
function formProblems(code: string, catalogue: PartialCatalogue): string[] {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const placeholders = (message: Message) => [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
  return (Object.entries(catalogue) as Array<[MessageKey, Entry]>).flatMap(([key, entry]) => {
    const message = messageOf(entry);
    const problems: string[] = [];
    if (placeholders(message).join() !== placeholders(en[key]).join()) problems.push(`${code} ${key}: uses ${placeholders(message).join(' ') || 'no values'}, English ${placeholders(en[key]).join(' ') || 'none'}`);
    if (typeof message !== typeof en[key]) problems.push(`${code} ${key}: ${typeof en[key] === 'string' ? 'a phrase' : 'plural forms'} in English`);
    else if (typeof message === 'object') {
      const missing = categories.filter((category) => message[category] === undefined);
      if (missing.length > 0) problems.push(`${code} ${key}: no ${missing.join(', ')} form`);
    }
    return problems;
  });
}

describe('interface catalogues', () => {
  it('complete where they say so: English and Welsh lack nothing, and Gaelic and Irish say they fall back', () => {
    for (const language of interfaceLanguages) expect([language.code, catalogueGaps(language.catalogue).untranslated.length === 0]).toEqual([language.code, language.complete]);
    expect(catalogueGaps(interfaceLanguageOf('cy-GB')!.catalogue).untranslated).toEqual([]);
    expect(catalogueGaps(interfaceLanguageOf('gd')!.catalogue).untranslated).toContain('page.menu');
  });

  it('mark what no fluent speaker has reviewed, and English is the reference', () => {
    expect(catalogueGaps(en).unreviewed).toEqual([]);
    expect(catalogueGaps({ 'page.menu': unreviewed('Dewislen'), 'page.cite': 'Dyfynnu' }).unreviewed).toEqual(['page.menu']);
    expect(catalogueGaps(interfaceLanguageOf('cy')!.catalogue).unreviewed.length).toBeGreaterThan(0);
  });

  it('keep the values and the plural forms of English, with every form their language needs', () => {
    for (const language of interfaceLanguages) expect(formProblems(language.code, language.catalogue)).toEqual([]);
    const wrong = {
      'page.updated': 'Diweddarwyd ddiwethaf.',
      'page.menu': unreviewed('Dewislen {date}'),
      'count.days': { one: '{count} diwrnod', other: '{count} diwrnod' },
      'count.members': unreviewed('aelodau'),
    } as unknown as PartialCatalogue;
    expect(formProblems('cy', wrong)).toEqual([
      'cy page.updated: uses no values, English {date}',
      'cy page.menu: uses {date}, English none',
      'cy count.days: no zero, two, few, many form',
      'cy count.members: uses no values, English {count}',
      'cy count.members: plural forms in English',
    ]);
  });

  it('name their language in itself, for the language switcher', () => {
    expect(interfaceLanguages.map((l) => `${l.code} ${l.name}`)).toEqual(['en English', 'cy Cymraeg', 'gd Gàidhlig', 'ga Gaeilge']);
    expect(interfaceLanguageOf('fr-FR')).toBeUndefined();
  });
});
