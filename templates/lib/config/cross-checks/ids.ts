/** Ids: unique within their section, and references to them that resolve. */
import type { FieldPath } from '../problems.ts';
import { error, type CrossCheck, type RuleProblem } from './check.ts';

type IdSection = 'sessions' | 'speakers' | 'evidence' | 'recommendations' | 'themes' | 'linked_bodies';

function uniqueIds(section: IdSection, noun: string): CrossCheck {
  return {
    id: `${section}.unique-ids`,
    run: (config) => {
      const seen = new Map<string, number>();
      const problems: RuleProblem[] = [];
      (config[section] ?? []).forEach((item, index) => {
        if (!item?.id) return;
        const first = seen.get(item.id);
        if (first === undefined) seen.set(item.id, index);
        else problems.push(error([section, index, 'id'], `The id "${item.id}" is already used by ${section}.${first}. Give each ${noun} its own id.`));
      });
      return problems;
    },
  };
}

export const uniqueIdChecks: CrossCheck[] = [
  uniqueIds('sessions', 'session'),
  uniqueIds('speakers', 'speaker'),
  uniqueIds('evidence', 'evidence item'),
  uniqueIds('recommendations', 'output'),
  uniqueIds('themes', 'theme'),
  uniqueIds('linked_bodies', 'linked body'),
];

/** A problem when `id` is not among `ids` (undefined ids: the section is missing or broken, so nothing to say). */
export function reference(path: FieldPath, id: string | undefined, ids: Set<string> | undefined, noun: string, section: string): RuleProblem[] {
  if (!ids || id === undefined || ids.has(id)) return [];
  const known = [...ids];
  const list = known.length > 0 ? `Use one of: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', ...' : ''}.` : `Add it under ${section} first.`;
  return [error(path, `There is no ${noun} with the id "${id}". ${list}`)];
}

export const idsOf = (items: ReadonlyArray<{ id?: string } | undefined> | undefined) =>
  items ? new Set(items.flatMap((item) => (item?.id ? [item.id] : []))) : undefined;

/** The id in a speaker reference: a plain id, or { speaker: id, as: … }. */
export const refId = (ref: string | { speaker?: string } | undefined) => (typeof ref === 'string' ? ref : ref?.speaker);
export const refPath = (path: FieldPath, ref: string | { speaker?: string } | undefined): FieldPath => (typeof ref === 'string' ? path : [...path, 'speaker']);
