/**
 * Turns zod's issues into plain English: what is wrong, then what to do, with the field's own
 * documented example. One problem per issue, and one per unknown key.
 */
import { stringify } from 'yaml';
import type * as z from 'zod';
import { didYouMean } from './did-you-mean.ts';
import { migrationFor } from './migrations.ts';
import type { FieldPath } from './problems.ts';
import { fieldDoc, objectShape, schemaAt } from './schema-walk.ts';

export interface PlainIssue {
  path: FieldPath;
  message: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  /** For an unknown key: the known field it is probably a misspelling of. */
  suggests?: string;
  /** The field is required and absent. */
  missing?: boolean;
}

/**
 * One message per mistake: a field that breaks two rules gets the first, and a required field that
 * is "missing" only because its name is misspelt is covered by the unknown-key message.
 */
export function explainIssues(root: z.ZodType, issues: readonly z.core.$ZodIssue[], input: unknown): PlainIssue[] {
  const explained = issues.flatMap((issue) => explainIssue(root, issue, input));
  const misspelt = new Set(explained.flatMap((issue) => (issue.suggests ? [pathKey([...issue.path.slice(0, -1), issue.suggests])] : [])));
  const seen = new Set<string>();
  return explained.filter((issue) => {
    const key = pathKey(issue.path);
    if (seen.has(key) || (issue.missing && misspelt.has(key))) return false;
    seen.add(key);
    return true;
  });
}

const pathKey = (path: FieldPath) => path.map(String).join('\u0000');

function explainIssue(root: z.ZodType, issue: z.core.$ZodIssue, input: unknown): PlainIssue[] {
  const path = issue.path as FieldPath;
  const field = schemaAt(root, path);
  const example = exampleSentence(path, fieldDoc(field).example);
  const value = valueAt(input, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(objectShape(schemaAt(root, path) ?? root) ?? {});
      return issue.keys.map((key) => {
        const moved = migrationFor([...path, key], 'unknown-key');
        if (moved) return { path: [...path, key], atKey: true, message: moved };
        const suggestion = didYouMean(key, known);
        const what = suggestion
          ? `Did you mean "${suggestion}"? Rename it, or remove it.`
          : `Remove it, or check the spelling against the config reference (templates/schema/generated/config-reference.md).`;
        const issue: PlainIssue = { path: [...path, key], atKey: true, message: `"${key}" is not a field the generator knows here. ${what}` };
        if (suggestion) issue.suggests = suggestion;
        return issue;
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ path, atKey: false, missing: true, message: `This field is required but missing. Add it${example}` }];
      }
      if (value === null) {
        return [{ path, atKey: false, message: `This field is empty. Fill it in${example}` }];
      }
      const moved = migrationFor(path, 'wrong-type');
      if (moved) return [{ path, atKey: false, message: moved }];
      const expected = typeWords[issue.expected] ?? issue.expected;
      return [{ path, atKey: false, message: `This must be ${expected}, but it is ${describe(value)}. Change it${example}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (allowed.length === 1 && allowed[0] === 'true') {
        return [{ path, atKey: false, message: `${capitalise(issue.message)}. Write true once you have it.` }];
      }
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      return [
        {
          path,
          atKey: false,
          message: `${describe(value)} is not one of the allowed values.${hint} Use one of: ${allowed.join(', ')}.`,
        },
      ];
    }
    case 'invalid_union': {
      if (value === undefined) return [{ path, atKey: false, missing: true, message: `This field is required but missing. Add it${example}` }];
      // Explain the mistake inside the one form the value was meant to take, when only one fits its shape.
      const fitting = issue.errors.filter(
        (branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')),
      );
      if (fitting.length === 1) {
        return fitting[0]!.flatMap((inner) => explainIssue(root, { ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, input));
      }
      // A group of fields that fits none of the forms: name the unknown field, and the known one it resembles.
      const unknownKeys = fitting.length > 1 && fitting.every((branch) => branch.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0));
      if (unknownKeys && value && typeof value === 'object' && !Array.isArray(value)) {
        const known = [...new Set(fitting.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 1 ? [String(i.path[0])] : []))))];
        const unknown = Object.keys(value).filter((key) => !known.includes(key));
        return unknown.map((key) => {
          const suggestion = didYouMean(key, known);
          return {
            path: [...path, key],
            atKey: true,
            message: `"${key}" is not a field the generator knows here.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${known.join(', ')}.`,
          };
        });
      }
      const wrong = plainSentence(issue.message);
      const shown = value === undefined ? '' : ` (it is ${describe(value)})`;
      return [{ path, atKey: false, message: `This ${wrong}${shown}. Change it${example}` }];
    }
    default: {
      const impossible = typeof value === 'string' ? impossibleDate(value) : undefined;
      if (impossible) return [{ path, atKey: false, message: `${impossible} Change it${example}` }];
      const wrong = plainSentence(issue.message);
      const shown = value === undefined ? '' : ` (it is ${describe(value)})`;
      return [{ path, atKey: false, message: `This ${wrong}${shown}. Change it${example}` }];
    }
  }
}

/**
 * "2026-02-30 is not a date that exists: February 2026 has 28 days." for a value written the right
 * way that names no real day or time; undefined for anything else.
 */
export function impossibleDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `${value} is not a date that exists: there is no month ${month}.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  if (day < 1 || day > days) return `${value} is not a date that exists: ${monthName} ${year} has ${days} days.`;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59)) {
    return `${value} is not a time that exists: write hours from 00 to 23 and minutes from 00 to 59.`;
  }
  return undefined;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields (indented below the name)',
  array: 'a list (lines starting with "- ")',
};

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

/**
 * What zod's own checks say, in the "must ..." form of the schema's own messages, chosen by the
 * issue's code (and its origin or format), never by matching zod's English, which an upgrade may
 * reword. Every parse of an organiser's file passes it (parseOptions); a message written in the
 * schema, such as .min(1, 'must list at least one role'), still comes first.
 */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  const items = (n: number | bigint) => `${n} ${n === 1 ? 'item' : 'items'}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${items(issue.minimum)}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${items(issue.maximum)}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date written YYYY-MM-DD, such as 2027-03-06';
      if (issue.format === 'url') return 'must be a web address starting https://';
      if (issue.format === 'email') return 'must be an email address, such as assembly@example.gov.uk';
      return `must be written as a ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'is not valid';
    default:
      // invalid_type, invalid_value and unrecognized_keys are explained from the issue itself (explainIssue).
      return undefined;
  }
};

/** Options for every safeParse of an organiser's file. */
export const parseOptions = { error: issueMessage } as const;

function plainSentence(message: string): string {
  return message.startsWith('must') || message.startsWith('is ') ? message : `is not valid: ${message}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ", for example:\n  title: ..." as a finished sentence ending. */
function exampleSentence(path: FieldPath, example: unknown): string {
  if (example === undefined) return '.';
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  if (typeof example === 'object' && example !== null) {
    const yamlText = stringify(example, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    return `, for example: ${key ? `${key}: ` : ''}${yamlText.length > 120 ? `${yamlText.slice(0, 117)}...` : yamlText}`;
  }
  // Written as it would be in the file: quoted only when YAML needs it.
  const literal = typeof example === 'string' ? stringify(example, { lineWidth: 0 }).trim() : String(example);
  return `, for example: ${typeof path.at(-1) === 'number' || !key ? '' : `${key}: `}${literal}`;
}

export function valueAt(input: unknown, path: FieldPath): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
