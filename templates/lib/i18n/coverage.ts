/**
 * What `npm run check` says about the interface's words in an assembly's language (issue 19): which
 * strings fall back to English, and which translations no fluent speaker has reviewed yet, so a
 * council's translator knows what to do and where.
 */
import { catalogueGaps, interfaceLanguageOf, type MessageKey } from './catalogue.ts';

export interface InterfaceCoverage {
  /** The assembly's language tag. */
  tag: string;
  /** The catalogue's language in English (Welsh), or undefined when there is none for the tag. */
  language: string | undefined;
  /** The file to edit, relative to the project. */
  file: string | undefined;
  /** Strings shown in English on a page in this language. */
  inEnglish: MessageKey[];
  /** Translations not yet reviewed by a fluent speaker. */
  unreviewed: MessageKey[];
}

export function interfaceCoverage(tag: string): InterfaceCoverage {
  const language = interfaceLanguageOf(tag);
  if (!language) return { tag, language: undefined, file: undefined, inEnglish: [], unreviewed: [] };
  const gaps = catalogueGaps(language.catalogue);
  return { tag, language: language.englishName, file: `templates/lib/i18n/catalogues/${language.code}.ts`, inEnglish: gaps.untranslated, unreviewed: gaps.unreviewed };
}

const keys = (list: readonly string[]) => (list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', '));

/** The lines the check prints; none for an English site, whose catalogue is the reference. */
export function coverageLines({ tag, language, file, inEnglish, unreviewed }: InterfaceCoverage): string[] {
  if (language === 'English') return [];
  if (!language || !file) return [`The site's own words (navigation, labels, dates) are in English: there is no catalogue for ${tag} yet. Its pages still say lang="${tag}" for your content.`];
  return [
    ...(inEnglish.length > 0 ? [`${inEnglish.length} of the site's own words are still in English on ${language} pages, until they are added to ${file}: ${keys(inEnglish)}.`] : []),
    ...(unreviewed.length > 0 ? [`${unreviewed.length} ${language} translations in ${file} are not yet reviewed by a fluent speaker (marked unreviewed): ${keys(unreviewed)}.`] : []),
  ];
}
