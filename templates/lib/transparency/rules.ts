/**
 * What the guidance (templates/guides/guidance-checklist.md, items G1–G86) expects an assembly to
 * publish, as checks on its config and content, one file per phase (rules/). Each rule says from
 * which phase it applies, how much it weighs (the guidance's own MUST, SHOULD or NICE), what
 * visitors are told, and which fields or folders an organiser fills to meet it. Items the generator
 * provides on every site (an accessibility statement page, no tracking) are not listed: they
 * cannot be missing.
 */
import { afterRules } from './rules/after.ts';
import { beforeRules } from './rules/before.ts';
import { duringRules } from './rules/during.ts';
import { weights, type Rule } from './rule.ts';

export const rules: readonly Rule[] = [...beforeRules, ...duringRules, ...afterRules];

/** Rules are listed MUST first, then by guidance number. */
export function byWeightThenItem(a: Pick<Rule, 'weight' | 'item'>, b: Pick<Rule, 'weight' | 'item'>): number {
  return weights.indexOf(a.weight) - weights.indexOf(b.weight) || a.item - b.item;
}
