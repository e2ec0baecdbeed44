/**
 * The interface's words in the language of a page (issue 19): messages from the catalogue, with
 * values put in, counts in the language's plural forms, and lists and dates through Intl.
 */
import { interfaceLanguageOf, interfaceLanguages, messageFor, type CountKey, type TextKey } from './catalogue.ts';
import type { Message } from './message.ts';
import { numberFormat } from '../intl-formats.ts';

export type Values = Record<string, string | number>;

export interface Messages {
  /**
   * The language tag for dates and numbers around these words (cy-GB): the page's, when there is a
   * catalogue for its language, else en-GB, so an English interface never shows dates in another language.
   */
  readonly locale: string;
  /** A sentence or phrase, with `{name}` replaced by `values.name`. */
  text(key: TextKey, values?: Values): string;
  /** A count in the plural form its language uses for it ("2 ddiwrnod"), with `{count}` as a number. */
  count(key: CountKey, count: number, values?: Values): string;
  /**
   * A sentence with one value that is markup of the page's own (a link, say): the words before
   * and after `{name}`, so the page puts its element between them and nothing is parsed as HTML.
   */
  around(key: TextKey, name: string, values?: Values): [before: string, after: string];
  /** A language's name in this language: Welsh, in English; Saesneg (English), in Welsh. */
  languageName(tag: string): string;
  /** "A, B and C" as the language writes a list: and-lists, or or-lists for alternatives. */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function fill(template: string, values: Values, tag: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(tag, {}).format(value) : value;
  });
}

const made = new Map<string, Messages>();

/** The words of the interface for a page in the language `tag`; a language with no catalogue gets English. */
export function messagesFor(tag: string): Messages {
  let messages = made.get(tag);
  if (!messages) made.set(tag, (messages = messagesOf(tag)));
  return messages;
}

function messagesOf(pageTag: string): Messages {
  const language = interfaceLanguageOf(pageTag);
  const catalogue = (language ?? interfaceLanguages[0]!).catalogue;
  const tag = language ? pageTag : 'en-GB';
  return {
    locale: tag,
    text: (key, values = {}) => fill(messageFor(catalogue, key) as string, values, tag),
    around(key, name, values = {}) {
      const [before = '', after = ''] = fill(messageFor(catalogue, key) as string, values, tag).split(`{${name}}`);
      return [before, after];
    },
    count(key, count, values = {}) {
      const forms = messageFor(catalogue, key) as Exclude<Message, string>;
      // English's forms, when the catalogue has none, follow English's rules, not the page's.
      const rulesTag = catalogue[key] === undefined ? 'en' : tag;
      let rules = pluralRules.get(rulesTag);
      if (!rules) pluralRules.set(rulesTag, (rules = new Intl.PluralRules(rulesTag)));
      return fill(forms[rules.select(count)] ?? forms.other, { ...values, count }, tag);
    },
    languageName: (other) => new Intl.DisplayNames(tag, { type: 'language', languageDisplay: 'standard' }).of(other.split('-')[0]!) ?? other,
    list(items, kind = 'and') {
      const key = `${tag}\0${kind}`;
      let format = listFormats.get(key);
      if (!format) listFormats.set(key, (format = new Intl.ListFormat(tag, { type: kind === 'and' ? 'conjunction' : 'disjunction' })));
      // CLDR leaves Welsh's "and" as a(c): it is "ac" before a vowel and "a" otherwise.
      return format.format(items).replace(/ a\(c\) (?=(.))/gu, (_, next: string) => (/[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/i.test(next) ? ' ac ' : ' a '));
    },
  };
}
