/**
 * What a cross-check is: a named rule that spans fields of one section or several (unique ids,
 * references, dates in order, figures that add up), with the problems it finds.
 */
import type { AssemblyConfig } from '../../../schema/assembly.ts';
import type { Loose } from '../partial-parse.ts';
import type { FieldPath, Severity } from '../problems.ts';

export interface RuleProblem {
  severity: Severity;
  path: FieldPath;
  message: string;
}

/** The valid parts of the config (see partial-parse.ts): checks must not assume any field exists. */
export type ValidSections = Loose<AssemblyConfig>;

export interface CrossCheck {
  /** Unique and stable: the section and a short name, such as "members.count-adds-up". */
  id: string;
  /**
   * The problems found. `raw` is the config as written, before any part was dropped as invalid:
   * a check that asks for a missing field looks there, so a field that is present but wrong is not
   * also called missing.
   */
  run: (config: ValidSections, raw: unknown) => RuleProblem[];
}

export const error = (path: FieldPath, message: string): RuleProblem => ({ severity: 'error', path, message });
export const warning = (path: FieldPath, message: string): RuleProblem => ({ severity: 'warning', path, message });
