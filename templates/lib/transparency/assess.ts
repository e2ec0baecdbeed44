/**
 * Where an assembly stands against the guidance today: for each rule, met, missing (expected by
 * now but not there), not published (the organisers state it was never made public), still to come
 * (not expected yet) or not relevant; and a score weighting MUST items three times and SHOULD
 * items twice a NICE one. What is not published counts as not met: honesty is not transparency.
 */
import { phaseOf, phases, type Phase } from '../site/phase.ts';
import { capitalise, wordingByKind } from '../i18n/wording.ts';
import { withoutStarterText } from './starter-text.ts';
import { byWeightThenItem, rules as allRules } from './rules.ts';
import { weights, type Checked, type Rule, type TransparencyInput, type Weight } from './rule.ts';
import { today } from '../time-zone.ts';

export type Status = 'met' | 'missing' | 'not-published' | 'upcoming' | 'not-relevant';

export interface ItemResult {
  id: string;
  /** Guidance number, such as "G8". */
  item: string;
  weight: Weight;
  status: Status;
  label: string;
  page: string[] | undefined;
  field: string;
  fix: string;
  /** The phase from which it is expected. */
  from: Phase;
  /** The date from which it is expected, when known. */
  due: string | undefined;
  /** For a missing or unpublished item: which sessions, evidence items or recommendations lack it. */
  lacking: Array<Omit<Checked, 'ok'>>;
}

export interface Assessment {
  phase: Phase;
  /** The day assessed, YYYY-MM-DD. */
  date: string;
  /** 0–100: the weighted share of the items expected by now that are met. */
  score: number;
  counts: Record<Weight, { met: number; expected: number }>;
  items: ItemResult[];
}

const points: Record<Weight, number> = { MUST: 3, SHOULD: 2, NICE: 1 };

function judge(rule: Rule, input: TransparencyInput, phase: Phase, now: Date): { status: Status; lacking: ItemResult['lacking'] } {
  if (rule.relevant && !rule.relevant(input, now)) return { status: 'not-relevant', lacking: [] };
  const due = rule.due?.(input.config);
  const expected = phases.indexOf(phase) >= phases.indexOf(rule.from) || (due !== undefined && due <= today(input.config, now));
  if (!expected && rule.judgedOnThePast) return { status: 'upcoming', lacking: [] };
  const items = rule.each?.(input, now) ?? [];
  // An item about each recording (say) concerns nothing when there is none: it is not "met".
  if (rule.each && !rule.met && items.length === 0) return { status: 'not-relevant', lacking: [] };
  const failing = items.filter((i) => !i.ok);
  const lacking = failing.map(({ name, title, declared }) => ({ name, title, declared: declared ?? false }));
  const whole = rule.met?.(input, now) ?? true;
  if (whole && failing.length === 0) return { status: 'met', lacking: [] };
  if (!expected) return { status: 'upcoming', lacking: [] };
  // Stated as never published, and nothing else lacking: there is nothing left to fill in.
  const declared = failing.length > 0 ? failing.every((i) => i.declared) && whole : (rule.declared?.(input, now) ?? false);
  return { status: declared ? 'not-published' : 'missing', lacking };
}

export function assess(input: TransparencyInput, now: Date, rules: readonly Rule[] = allRules): Assessment {
  const phase = phaseOf(input.config, now);
  // Starter text is not published information (starter-text.ts).
  const judged = { ...input, config: withoutStarterText(input.config) };
  const words = wordingByKind[input.config.kind];
  const items = [...rules].sort(byWeightThenItem).map((rule) => {
    const judgement = judge(rule, judged, phase, now);
    return {
      id: rule.id,
      item: `G${rule.item}`,
      weight: rule.weight,
      ...judgement,
      label: rule.label.replace(/\bthe assembly\b/g, words.body).replace(/^The assembly\b/, capitalise(words.body)),
      page: rule.page,
      field: (judgement.status === 'missing' ? stillToFill(rule.fields, judged.config) : rule.fields).join(', '),
      fix: rule.fix,
      from: rule.from,
      due: rule.due?.(input.config),
    };
  });
  const counts = Object.fromEntries(weights.map((weight) => {
    const counted = items.filter((i) => i.weight === weight && (i.status === 'met' || i.status === 'missing' || i.status === 'not-published'));
    return [weight, { met: counted.filter((i) => i.status === 'met').length, expected: counted.length }];
  })) as Assessment['counts'];
  const total = weights.reduce((sum, w) => sum + counts[w].expected * points[w], 0);
  const gained = weights.reduce((sum, w) => sum + counts[w].met * points[w], 0);
  return { phase, date: today(input.config, now), score: total === 0 ? 100 : Math.floor((gained / total) * 100), counts, items };
}

/**
 * Of the fields a rule names ("question, remit"), those still to fill in: a plain field that holds
 * a value is left out. Fields of lists and folders are always named, as is every field when all
 * hold a value (the rule asks for more than their presence).
 */
export function stillToFill(fields: readonly string[], config: object): readonly string[] {
  const holdsValue = (path: string) => {
    if (!/^[a-z_]+(?:\.[a-z_]+)*$/.test(path)) return false;
    const value = path.split('.').reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), config);
    return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  };
  const left = fields.filter((field) => !holdsValue(field));
  return left.length > 0 ? left : fields;
}

/** Missing MUST items: what `npm run check -- --strict` fails on. */
export const missingMusts = (assessment: Assessment) => assessment.items.filter((i) => i.status === 'missing' && i.weight === 'MUST');

/** Items met and expected by now, of every weight. */
export function totals(assessment: Assessment): { met: number; expected: number } {
  return weights.reduce(
    (sum, w) => ({ met: sum.met + assessment.counts[w].met, expected: sum.expected + assessment.counts[w].expected }),
    { met: 0, expected: 0 },
  );
}
