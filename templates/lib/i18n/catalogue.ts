/**
 * The interface languages and their catalogues (issue 19). English is the reference; a catalogue's
 * type asks for every key of it, a plural form where English has one.
 */
import { cy } from './catalogues/cy.ts';
import { en, type MessageKey } from './catalogues/en.ts';
import { ga } from './catalogues/ga.ts';
import { gd } from './catalogues/gd.ts';
import { isUnreviewed, messageOf, type Entry, type PluralForms } from './message.ts';

export type { MessageKey };
/** Keys whose English is a sentence or phrase, and keys whose English has plural forms. */
export type TextKey = { [K in MessageKey]: (typeof en)[K] extends string ? K : never }[MessageKey];
export type CountKey = Exclude<MessageKey, TextKey>;
/** The sections of a site, as named in the catalogue ('section.members'). */
export type SectionKey = MessageKey extends infer K ? (K extends `section.${infer S}` ? S : never) : never;

export type Catalogue = { [K in MessageKey]: K extends TextKey ? Entry<string> : Entry<PluralForms> };
export type PartialCatalogue = Partial<Catalogue>;

export interface InterfaceLanguage {
  /** The language's code, the first part of a language tag (cy in cy-GB). */
  code: string;
  /** Its name in itself, as a language switcher shows it. */
  name: string;
  /** Its name in English, for messages to organisers. */
  englishName: string;
  /** Whether every key is translated: a complete language never falls back to English. */
  complete: boolean;
  catalogue: PartialCatalogue;
}

export const interfaceLanguages: readonly InterfaceLanguage[] = [
  { code: 'en', name: 'English', englishName: 'English', complete: true, catalogue: en },
  { code: 'cy', name: 'Cymraeg', englishName: 'Welsh', complete: true, catalogue: cy },
  { code: 'gd', name: 'Gàidhlig', englishName: 'Scottish Gaelic', complete: false, catalogue: gd },
  { code: 'ga', name: 'Gaeilge', englishName: 'Irish', complete: false, catalogue: ga },
];

/** The interface language for a language tag (cy-GB → Welsh), or undefined when there is no catalogue for it. */
export function interfaceLanguageOf(tag: string): InterfaceLanguage | undefined {
  const code = tag.split('-')[0]!.toLowerCase();
  return interfaceLanguages.find((language) => language.code === code);
}

/** What a catalogue lacks and what in it is unreviewed, for `npm run check` and a council's translator. */
export function catalogueGaps(catalogue: PartialCatalogue): { untranslated: MessageKey[]; unreviewed: MessageKey[] } {
  const keys = Object.keys(en) as MessageKey[];
  return {
    untranslated: keys.filter((key) => catalogue[key] === undefined),
    unreviewed: keys.filter((key) => catalogue[key] !== undefined && isUnreviewed(catalogue[key] as Entry)),
  };
}

/** The message for `key`: the catalogue's, or the English one when it has none. */
export function messageFor(catalogue: PartialCatalogue, key: MessageKey) {
  const entry = catalogue[key] as Entry | undefined;
  return entry === undefined ? en[key] : messageOf(entry);
}
