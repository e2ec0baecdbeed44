/**
 * What the members page says about recruitment, support and the members' profile (G8, G10, G76),
 * from figures as they were published: exact, approximate or not published, never a guess.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { Figure } from '../../schema/primitives.ts';
import { figureText, isNotPublished, moneyText, type Published } from './figures.ts';
import { formatNumber, listText, sentence } from './format.ts';
import type { Phase } from './phase.ts';
import { capitalise } from '../i18n/wording.ts';
import { paymentPeriodLabels, supportLabels } from './labels.ts';

type Members = NonNullable<AssemblyConfig['members']>;
type Selection = NonNullable<Members['selection']>;

export type MembersTense = 'future' | 'present' | 'past';

/**
 * How the members page speaks of the members: still to be chosen while the assembly is announced
 * or recruiting ("will have 24 members", "how members are chosen"), meeting during the sessions,
 * and in the past once the last session has ended.
 */
export function membersTense(phase: Phase): MembersTense {
  if (phase === 'announced' || phase === 'recruiting') return 'future';
  return phase === 'in-session' ? 'present' : 'past';
}

/** "The jury will have 24 members." / "has" / "had". */
export function membersCountSentence(body: string, count: string, tense: MembersTense): string {
  const verb = { future: 'will have', present: 'has', past: 'had' }[tense];
  return sentence(`${capitalise(body)} ${verb} ${count} members`);
}

/** The recruitment funnel as table rows: what was published, in words ("about 1,500", "Not published"). */
export function selectionSteps(selection: Selection): Array<[label: string, value: string]> {
  const steps: Array<[string, Published<Figure> | undefined]> = [
    ['Invitations sent', selection.invitations_sent],
    ['People who replied', selection.replies],
    ['Members selected', selection.selected],
    ['Dropped out', selection.dropped_out],
    ['Added as replacements', selection.replaced],
  ];
  return steps.flatMap(([label, value]) =>
    value === undefined ? [] : [[label, isNotPublished(value) ? 'Not published' : capitalise(figureText(value))] as [string, string]],
  );
}

/** "Each member was paid £150 for each weekend." Never "paid £0": unpaid and unknown are said as such. */
export function paymentSentence(support: Members['support'], past: boolean, members: string): string | undefined {
  const payment = support?.payment;
  if (payment === undefined) return undefined;
  const were = past ? 'were' : 'are';
  if (payment === 'unpaid') return `${capitalise(members)} ${were} not paid for their time.`;
  if (isNotPublished(payment)) return `Whether ${members} ${were} paid for their time was not published.`;
  const paid = `Each member ${past ? 'was' : 'is'} paid ${moneyText(payment.amount)} ${paymentPeriodLabels[payment.per]}.`;
  return payment.note ? `${paid} ${sentence(payment.note)}` : paid;
}

/** "Members were offered help with travel, childcare and internet access." */
export function supportSentence(support: Members['support'], past: boolean, members: string): string | undefined {
  if (!support || support.expenses.length === 0) return undefined;
  return `${capitalise(members)} ${past ? 'were' : 'are'} offered help with ${listText(support.expenses.map((k) => supportLabels[k]))}.`;
}

type Dimension = Members['profile'][number];

export interface ProfileRow {
  name: string;
  members: number | undefined;
  /** Share of the base, in per cent (one decimal place). */
  memberShare: number | undefined;
  populationShare: number | undefined;
}

/**
 * Each category's share: as published, else its count out of the dimension's base (when given)
 * or out of everyone counted in the dimension.
 */
export function profileRows(dimension: Pick<Dimension, 'categories' | 'base'>): ProfileRow[] {
  const counted = dimension.categories.reduce((sum, c) => sum + (c.members ?? 0), 0);
  const outOf = dimension.base?.total ?? counted;
  return dimension.categories.map((c) => ({
    name: c.name,
    members: c.members,
    memberShare: c.share ?? (c.members !== undefined && outOf > 0 ? Math.round((c.members / outOf) * 1000) / 10 : undefined),
    populationShare: c.population_share,
  }));
}

/** "Counted among the 110 members selected." when a dimension counts another group than the members who took part. */
export function profileBaseSentence(dimension: Pick<Dimension, 'base'>): string | undefined {
  const base = dimension.base;
  if (!base) return undefined;
  return `Counted among ${base.total === undefined ? 'the' : `the ${formatNumber(base.total)}`} ${base.who}.`;
}
