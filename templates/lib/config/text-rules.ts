/**
 * What any text an organiser writes may hold (issue 15). Control characters cannot be shown, and
 * in calendars and spreadsheets they can start lines of their own; a lone surrogate is half of a
 * character. Lengths are capped well above any real title or paragraph, so a pasted document is
 * caught with a message rather than stretching every page and feed.
 */
import type { FieldPath } from './problems.ts';

/** Control characters other than tab and line breaks (a carriage return only before a line feed), and lone surrogates. */
const unshowable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Longest title or name, in characters. */
export const longestTitle = 300;
/** Longest text of any other field; longer text belongs in an MDX page. */
export const longestText = 10_000;

const titleKeys = new Set(['title', 'short_title', 'name', 'alt', 'organisation']);

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where in `text` the first character that cannot be shown is, and which it is; undefined when none. */
export function unshowableCharacter(text: string): { index: number; code: string } | undefined {
  const match = unshowable.exec(text);
  return match ? { index: match.index, code: codePoint(match[0]) } : undefined;
}

export function unshowableMessage(code: string): string {
  if (/^U\+D[89A-F]/.test(code)) {
    return `This text holds half of a character (${code}, a lone surrogate), which is not valid text and cannot be shown. Delete it, and write the character it was meant to be.`;
  }
  return `This text holds an invisible control character (${code}), which cannot be shown and can break calendars and spreadsheets. Delete it: retype the text around it, as it usually comes from pasting.`;
}

/** What is wrong with the text of the field at `path`, or undefined. */
export function textProblem(text: string, path: FieldPath): string | undefined {
  const found = unshowableCharacter(text);
  if (found) return unshowableMessage(found.code);
  const key = path.findLast((segment) => typeof segment === 'string');
  const limit = typeof key === 'string' && titleKeys.has(key) ? longestTitle : longestText;
  if (text.length > limit) {
    return limit === longestTitle
      ? `This is ${text.length} characters long; a ${String(key).replaceAll('_', ' ')} may have at most ${longestTitle}. Shorten it, and put the rest in a summary or description.`
      : `This is ${text.length} characters long; a field may hold at most ${longestText.toLocaleString('en-GB')}. Shorten it, or put the full text in an MDX page (report/ or news/) and summarise it here.`;
  }
  return undefined;
}

/** Every string in `data`, with its path. */
export function* stringsIn(data: unknown, path: FieldPath = []): Generator<[string, FieldPath]> {
  if (typeof data === 'string') yield [data, path];
  else if (Array.isArray(data)) for (const [index, item] of data.entries()) yield* stringsIn(item, [...path, index]);
  else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) yield* stringsIn(value, [...path, key]);
}

/** Line and column (from 1) of `index` in `text`. */
export function positionIn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
