/**
 * Sites in several languages (issue 19). An assembly that lists `languages` may give any text one
 * value per language, keyed by language code: `title: { cy: Cynulliad…, en: Assembly… }`. The
 * checks and the site read the assembly one language at a time: `inLanguage` replaces each such
 * value with its text in that language, so everything downstream sees plain text, as in a site
 * of one language.
 */
import { assemblySchema } from '../../schema/assembly.ts';
import { languageCode } from '../../schema/identity.ts';
import { explainIssues, parseOptions } from './messages.ts';
import type { FieldPath, Severity } from './problems.ts';
import { stringsIn, textProblem } from './text-rules.ts';

export interface LanguageSet {
  /** The tags, the main language first: cy-GB, en-GB. */
  tags: string[];
  /** Their codes, which per-language values are keyed by: cy, en. */
  codes: string[];
}

/** The languages an assembly's raw config lists, when it lists two or more well-formed tags. */
export function languageSetOf(data: unknown): LanguageSet | undefined {
  const tags = (data as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(tags) || tags.length < 2 || !tags.every((tag) => typeof tag === 'string' && /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(tag))) return undefined;
  const codes = tags.map(languageCode);
  return new Set(codes).size === codes.length ? { tags, codes } : undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is one value per language: a set of fields whose names are all language codes of the site. */
export function isPerLanguage(value: unknown, languages: LanguageSet): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languages.codes.includes(key));
}

export interface PerLanguageValue {
  path: FieldPath;
  /** The languages it has a value in, and those it lacks, in the site's order. */
  has: string[];
  lacks: string[];
}

/** Every per-language value of the raw config, with the languages it lacks. */
export function perLanguageValues(data: unknown, languages: LanguageSet, path: FieldPath = []): PerLanguageValue[] {
  if (isPerLanguage(data, languages)) {
    const present = (code: string) => data[code] !== undefined && data[code] !== null && data[code] !== '';
    return [{ path, has: languages.codes.filter(present), lacks: languages.codes.filter((code) => !present(code)) }];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => perLanguageValues(item, languages, [...path, index]));
  if (isPlainObject(data)) return Object.entries(data).flatMap(([key, value]) => perLanguageValues(value, languages, [...path, key]));
  return [];
}

/**
 * The raw config as it reads in `code`: each per-language value replaced by its text in that
 * language, or, where it has none, by its text in the first language that has one (the check
 * reports the gap), and `language` set to that language's tag.
 */
export function inLanguage(data: unknown, languages: LanguageSet, code: string): unknown {
  const order = [code, ...languages.codes.filter((c) => c !== code)];
  const resolve = (value: unknown): unknown => {
    if (isPerLanguage(value, languages)) {
      const found = order.find((c) => value[c] !== undefined && value[c] !== null && value[c] !== '');
      return found === undefined ? undefined : resolve(value[found]);
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item)]));
    return value;
  };
  const resolved = resolve(data) as Record<string, unknown>;
  return { ...resolved, language: languages.tags[languages.codes.indexOf(code)] };
}

/** The languages whose MDX translations an MDX folder holds: `intro.en.mdx` is intro in English. */
export function mdxLanguageOf(fileName: string, languages: LanguageSet): string | undefined {
  const code = /\.([a-z]{2,3})\.mdx$/.exec(fileName)?.[1];
  return code && languages.codes.slice(1).includes(code) ? code : undefined;
}

/** The message for a value missing in some languages. */
export function missingTranslationMessage(value: PerLanguageValue, languages: LanguageSet): string {
  const tag = (code: string) => languages.tags[languages.codes.indexOf(code)];
  return `This text is given in ${value.has.map(tag).join(', ')} but not in ${value.lacks.map(tag).join(', ')}. Add ${value.lacks.map((code) => `${code}: …`).join(' and ')} beside ${value.has.map((c) => `${c}:`).join(', ')}.`;
}

/** Whether a text or page missing in one language is a warning or, by the assembly's choice, an error. */
export function missingTranslationSeverity(data: unknown): Severity {
  return (data as { missing_translations?: unknown } | null)?.missing_translations === 'error' ? 'error' : 'warning';
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((part, i) => part === b[i]);
const within = (path: FieldPath, prefix: FieldPath) => prefix.length <= path.length && samePath(path.slice(0, prefix.length), prefix);

/**
 * What is wrong with the languages of a raw config, beyond the main language's own check: `language`
 * that is not the main one, texts missing in a language, and texts that are wrong only in a
 * language other than the main one (a Welsh short title too long for the header, say).
 */
export function languageProblems(raw: unknown, languages: LanguageSet): Array<{ severity: Severity; path: FieldPath; message: string }> {
  const problems: Array<{ severity: Severity; path: FieldPath; message: string }> = [];
  const declared = (raw as { language?: unknown }).language;
  if (declared !== undefined && declared !== languages.tags[0]) {
    problems.push({ severity: 'error', path: ['language'], message: `The main language is ${languages.tags[0]}, the first of languages, but language says ${String(declared)}. Remove language: (languages says it all), or put ${String(declared)} first in languages.` });
  }
  const values = perLanguageValues(raw, languages);
  const severity = missingTranslationSeverity(raw);
  for (const value of values) {
    if (value.has.length > 0 && value.lacks.length > 0) problems.push({ severity, path: value.path, message: missingTranslationMessage(value, languages) });
  }
  const translated = (path: FieldPath) => values.some((value) => within(path, value.path));
  for (const code of languages.codes.slice(1)) {
    const tag = languages.tags[languages.codes.indexOf(code)];
    const data = inLanguage(raw, languages, code);
    const parsed = assemblySchema.safeParse(data, parseOptions);
    const issues = parsed.success ? [] : explainIssues(assemblySchema, parsed.error.issues, data).filter((issue) => translated(issue.path));
    for (const issue of issues) problems.push({ severity: 'error', path: issue.path, message: `In ${tag}: ${issue.message}` });
    for (const [value, path] of stringsIn(data)) {
      const fault = translated(path) && textProblem(value, path);
      if (fault) problems.push({ severity: 'error', path, message: `In ${tag}: ${fault}` });
    }
  }
  return problems;
}

/** Pages of an MDX folder that exist in the main language and not in `code`, or the other way round. */
export function mdxParityProblems(
  main: ReadonlyArray<{ slug: string; file: string }>,
  translated: ReadonlyArray<{ slug: string; file: string }>,
  languages: LanguageSet,
  code: string,
): Array<{ file: string; message: string }> {
  const tag = (c: string) => languages.tags[languages.codes.indexOf(c)];
  const translatedSlugs = new Set(translated.map((d) => d.slug));
  const mainSlugs = new Set(main.map((d) => d.slug));
  return [
    ...main.filter((d) => !translatedSlugs.has(d.slug)).map((d) => ({
      file: d.file,
      message: `This page has no ${tag(code)} translation. Add ${d.file.split('/').at(-1)!.replace(/\.mdx$/, `.${code}.mdx`)} beside it.`,
    })),
    ...translated.filter((d) => !mainSlugs.has(d.slug)).map((d) => ({
      file: d.file,
      message: `This ${tag(code)} page translates a page that does not exist in ${tag(languages.codes[0]!)}. Add ${d.file.split('/').at(-1)!.replace(`.${code}.mdx`, '.mdx')} beside it, or rename this file to match the page it translates.`,
    })),
  ];
}
