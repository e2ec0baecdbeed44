/**
 * What a transparency rule is: a guidance item (templates/guides/guidance-checklist.md) as a check
 * on an assembly's config and content, from the phase it is expected in.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { MdxFolder } from '../../schema/frontmatter.ts';
import type { Phase } from '../site/phase.ts';

/** One step down in the depth a path may go (assembly.yaml nests four levels at most where rules look). */
type Shallower = [never, 0, 1, 2, 3];
type PathsOf<T, Depth extends number> = { [K in keyof T & string]: K | `${K}${SubPaths<NonNullable<T[K]>, Depth>}` }[keyof T & string];
type SubPaths<V, Depth extends number> = [Depth] extends [never]
  ? never
  : V extends readonly (infer Item)[]
    ? NonNullable<Item> extends Record<string, unknown>
      ? `[].${PathsOf<NonNullable<Item>, Shallower[Depth]>}`
      : never
    : V extends Record<string, unknown>
      ? `.${PathsOf<V, Shallower[Depth]>}`
      : never;

/** A field of assembly.yaml as organisers write its path: "members.selection.method", "sessions[].agenda". */
export type ConfigPath = PathsOf<AssemblyConfig, 3>;

/** What a rule asks organisers to fill: a field of assembly.yaml, or a content folder ("report/"). */
export type RuleField = ConfigPath | `${MdxFolder}/`;

export const weights = ['MUST', 'SHOULD', 'NICE'] as const;
export type Weight = (typeof weights)[number];

export interface TransparencyInput {
  config: AssemblyConfig;
  /** How many chapters the assembly's report/ folder holds. */
  chapters: number;
  /** How many posts its news/ folder holds. */
  news: number;
}

/** One session, evidence item, group or output checked for an item: its id for organisers, its title for visitors. */
export interface Checked {
  name: string;
  title: string;
  ok: boolean;
  declared?: boolean;
}

export interface Rule {
  /** Unique and stable, for tools: the item number and a short name. */
  id: string;
  /** The guidance item this checks, G1–G86. */
  item: number;
  weight: Weight;
  /** The phase from which the item is expected. */
  from: Phase;
  /** A date from which it is expected even before that phase, such as a promised response date. */
  due?: (config: AssemblyConfig) => string | undefined;
  /** Whether the item concerns this assembly at all, for example only when submissions are taken. */
  relevant?: (input: TransparencyInput, now: Date) => boolean;
  /** What is published, in words for visitors; "the assembly" becomes "the jury" or "the panel" to match. */
  label: string;
  /** The page of the site that shows it, as path segments under the assembly. */
  page?: string[];
  /** Whether the item as a whole is met (for per-item rules, what must hold besides every item). */
  met?: (input: TransparencyInput, now: Date) => boolean;
  /**
   * For items that concern each session, evidence item or recommendation: each one with whether it
   * meets the item, so a missing item names exactly which ones lack it. `declared` marks one the
   * organisers state was never published (a vote whose figures were not made public, say).
   */
  each?: (input: TransparencyInput, now: Date) => Array<Checked>;
  /** True when the organisers state the item was never published, so there is nothing to fill in. */
  declared?: (input: TransparencyInput, now: Date) => boolean;
  /**
   * True when the check looks only at what has already happened (sessions that have ended), so it
   * passes trivially before then and cannot count as published early.
   */
  judgedOnThePast?: boolean;
  /** The fields of assembly.yaml or content folders to fill, as paths checked against the schema. */
  fields: readonly RuleField[];
  /** What to add, in words for organisers. */
  fix: string;
}
