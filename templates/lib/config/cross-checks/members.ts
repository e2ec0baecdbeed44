/** Members: the recruitment figures, the count, payment, the profile and attendance. */
import { error, warning, type CrossCheck, type RuleProblem, type ValidSections } from './check.ts';
import { bounds, exact, round, shareTolerance, shown, type LooseFigure } from './figures.ts';
import { idsOf, reference } from './ids.ts';

type LooseDimension = NonNullable<NonNullable<NonNullable<ValidSections['members']>['profile']>[number]>;

/** Each profile dimension whose categories all parsed, with its index and name. */
const eachDimension = (check: (dimension: LooseDimension, d: number, name: string, members: NonNullable<ValidSections['members']>) => RuleProblem[]) => (config: ValidSections) =>
  (config.members?.profile ?? []).flatMap((dimension, d) => {
    if (!dimension?.categories || dimension.categories.some((c) => c === undefined)) return [];
    return check(dimension, d, dimension.dimension ?? `dimension ${d + 1}`, config.members!);
  });

export const memberChecks: CrossCheck[] = [
  {
    id: 'members.selection-funnel',
    run: ({ members }) => {
      const sel = members?.selection;
      if (!sel) return [];
      const steps: Array<[string, LooseFigure, LooseFigure, string]> = [
        ['replies', sel.replies, sel.invitations_sent, 'invitations sent'],
        ['selected', sel.selected, sel.replies, 'replies'],
        ['dropped_out', sel.dropped_out, sel.selected, 'members selected'],
      ];
      return steps.flatMap(([field, value, limit, noun]) => {
        const low = bounds(value)?.[0];
        const high = bounds(limit)?.[1];
        if (low === undefined || high === undefined || low <= high) return [];
        const message =
          exact(value) !== undefined && exact(limit) !== undefined
            ? `${shown(value)} is more than the ${shown(limit)} ${noun}. Check both figures.`
            : `This figure (${shown(value)}) is more than the ${noun} (${shown(limit)}). Check both figures.`;
        return [error(['members', 'selection', field], message)];
      });
    },
  },
  {
    id: 'members.count-adds-up',
    run: ({ members }) => {
      const sel = members?.selection;
      if (!sel || members.figures_note) return [];
      const [selected, dropped, replaced, count] = [exact(sel.selected), exact(sel.dropped_out), exact(sel.replaced), exact(members.count)];
      if (selected === undefined || dropped === undefined || count === undefined) return [];
      const expected = selected - dropped + (replaced ?? 0);
      return expected === count
        ? []
        : [
            warning(
              ['members', 'count'],
              `${count} members does not match ${selected} selected, less ${dropped} who dropped out, plus ${replaced ?? 0} added as replacements (${expected}). Check the figures, or say why they differ in members.figures_note.`,
            ),
          ];
    },
  },
  {
    id: 'members.payment-not-zero',
    run: ({ members }) => {
      const payment = members?.support?.payment;
      return payment && typeof payment === 'object' && exact(payment.amount?.amount as LooseFigure) === 0
        ? [error(['members', 'support', 'payment', 'amount', 'amount'], 'A payment of 0 would read "paid £0". Write payment: unpaid instead.')]
        : [];
    },
  },
  {
    id: 'members.profile-category-figure',
    run: eachDimension((dimension, d) =>
      dimension.categories!.flatMap((c, i) =>
        c?.members === undefined && c?.share === undefined
          ? [error(['members', 'profile', d, 'categories', i], `"${c?.name ?? 'This category'}" has no figure. Give members (a count) or share (a percentage).`)]
          : [],
      ),
    ),
  },
  {
    id: 'members.profile-shares-total-100',
    run: eachDimension((dimension, d, name) => {
      const categories = dimension.categories!;
      const sumTo100 = (values: Array<number | undefined>, what: string, field: string): RuleProblem[] => {
        if (!values.every((v) => v !== undefined)) return [];
        const total = values.reduce((sum: number, v) => sum + (v ?? 0), 0);
        return Math.abs(total - 100) > shareTolerance
          ? [error(['members', 'profile', d, 'categories'], `The ${what} of "${name}" add up to ${round(total)}, not 100. Correct the ${field} values so they total 100 (rounding within ${shareTolerance} is fine).`)]
          : [];
      };
      return [...sumTo100(categories.map((c) => c?.population_share), 'population shares', 'population_share'), ...sumTo100(categories.map((c) => c?.share), "members' shares", 'share')];
    }),
  },
  {
    id: 'members.profile-counts-within-base',
    run: eachDimension((dimension, d, name, members) => {
      const counted = dimension.categories!.reduce((sum, c) => sum + (c?.members ?? 0), 0);
      const limit = dimension.base?.total ?? bounds(members.count as LooseFigure)?.[1];
      if (limit === undefined || counted <= limit) return [];
      return [
        error(
          ['members', 'profile', d, 'categories'],
          dimension.base?.total !== undefined
            ? `The categories of "${name}" count ${counted} people, more than the ${limit} in its base. Correct the counts or base.total.`
            : `The categories of "${name}" count ${counted} members, more than the ${shown(members.count as LooseFigure)} in members.count. Correct the counts, or, if this dimension counts another group (such as the members selected), say so with base: { who: members selected, total: … }.`,
        ),
      ];
    }),
  },
  {
    id: 'members.attendance-references',
    run: (config) => {
      const sessions = idsOf(config.sessions);
      return (config.members?.attendance ?? []).flatMap((entry, a) => reference(['members', 'attendance', a, 'session'], entry?.session, sessions, 'session', 'sessions'));
    },
  },
];
