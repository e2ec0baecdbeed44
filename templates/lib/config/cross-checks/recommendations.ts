/** Recommendations and other outputs: their ids, references and votes. */
import type { FieldPath } from '../problems.ts';
import { reservedRecommendationIds } from '../../../schema/recommendations.ts';
import { error, type CrossCheck, type RuleProblem, type ValidSections } from './check.ts';
import { bounds, round, shareTolerance, type LooseFigure } from './figures.ts';
import { idsOf, reference } from './ids.ts';

type LooseRecommendation = NonNullable<NonNullable<ValidSections['recommendations']>[number]>;
type LooseVote = Exclude<NonNullable<LooseRecommendation['vote']>, string>;

/** The most members who could have voted: the largest member figure given anywhere. */
function mostMembers(members: ValidSections['members']): number | undefined {
  if (!members) return undefined;
  const figures = [members.count, members.selection?.selected, ...(members.attendance ?? []).map((a) => a?.count)] as LooseFigure[];
  const highs = figures.flatMap((f) => {
    const b = bounds(f);
    return b ? [b[1]] : [];
  });
  return highs.length > 0 ? Math.max(...highs) : undefined;
}

const countsOf = (vote: LooseVote) => [vote.for, vote.against, vote.abstain];
const hasCounts = (vote: LooseVote) => countsOf(vote).some((c) => c !== undefined);
const hasFigures = (vote: LooseVote) => hasCounts(vote) || vote.support !== undefined || vote.opposed !== undefined || (vote.options ?? []).length > 0;

interface VoteContext {
  vote: LooseVote;
  at: (...rest: Array<string | number>) => FieldPath;
  /** What the counts may not exceed: out_of, else the most members. */
  limit: number | undefined;
  config: ValidSections;
}

/** The votes of every output as written (an object), with `check` run on those held and with figures or a link. */
function eachVote(check: (context: VoteContext) => RuleProblem[], all = false) {
  return (config: ValidSections) => {
    const most = mostMembers(config.members);
    return (config.recommendations ?? []).flatMap((rec, r) => {
      const vote = rec?.vote;
      if (!vote || typeof vote !== 'object') return [];
      if (!all && (vote.held === false || (!hasFigures(vote) && !vote.url))) return [];
      return check({ vote, at: (...rest) => ['recommendations', r, 'vote', ...rest], limit: vote.out_of ?? most, config });
    });
  };
}

const oneChoice = (vote: LooseVote) => (vote.choice ?? 'one') === 'one';

export const recommendationChecks: CrossCheck[] = [
  {
    id: 'recommendations.reserved-ids',
    run: ({ recommendations }) =>
      (recommendations ?? []).flatMap((rec, r) =>
        rec?.id && (reservedRecommendationIds as readonly string[]).includes(rec.id)
          ? [error(['recommendations', r, 'id'], `"${rec.id}" is kept for the filter pages (recommendations/${rec.id}/). Choose another id.`)]
          : [],
      ),
  },
  {
    id: 'recommendations.references',
    run: (config) => {
      const themes = config.themes && config.themes.length > 0 ? idsOf(config.themes) : undefined;
      const bodies = idsOf(config.linked_bodies);
      return (config.recommendations ?? []).flatMap((rec, r) =>
        rec
          ? [
              ...reference(['recommendations', r, 'theme'], rec.theme, themes, 'theme', 'themes'),
              ...reference(['recommendations', r, 'from'], rec.from, bodies, 'linked body', 'linked_bodies'),
            ]
          : [],
      );
    },
  },
  {
    id: 'votes.figures-given',
    run: eachVote(({ vote, at }) => {
      if (vote.held === false) return hasFigures(vote) ? [error(at('held'), 'A vote that was not held has no figures. Remove the figures, or remove held: false.')] : [];
      return !hasFigures(vote) && !vote.url
        ? [
            error(
              at(),
              'The vote has no figures. Add for, against and abstain counts, a support share or options; give url where the figures are published; or write vote: not published (or vote: not held).',
            ),
          ]
        : [];
    }, true),
  },
  {
    id: 'votes.support-and-opposed-within-100',
    run: eachVote(({ vote, at }) =>
      vote.support !== undefined && vote.opposed !== undefined && vote.support + vote.opposed > 100.5
        ? [error(at('opposed'), `${vote.support}% in support and ${vote.opposed}% against make more than 100%. Check both shares.`)]
        : [],
    ),
  },
  {
    id: 'votes.support-means-has-support',
    run: eachVote(({ vote, at }) =>
      vote.support_means && vote.support === undefined
        ? [error(at('support_means'), 'support_means describes the support share, but there is none. Add support, or remove support_means.')]
        : [],
    ),
  },
  {
    id: 'votes.counts-within-members',
    run: eachVote(({ vote, at, limit }) => {
      const total = countsOf(vote).reduce((sum: number, c) => sum + (c ?? 0), 0);
      if (!hasCounts(vote) || limit === undefined || total <= limit) return [];
      return [
        error(
          at(),
          vote.out_of !== undefined
            ? `${total} votes were counted, more than the ${vote.out_of} in out_of. Check the for, against and abstain counts.`
            : `${total} votes were counted but the assembly has ${limit} members. Check the for, against and abstain counts.`,
        ),
      ];
    }),
  },
  {
    id: 'votes.out-of-for-base',
    run: eachVote(({ vote, at }) =>
      hasCounts(vote) && (vote.base === 'members-present' || vote.base === 'all-members') && vote.out_of === undefined
        ? [error(at('out_of'), `With base: ${vote.base}, say how many that is in out_of, so the shares can be worked out.`)]
        : [],
    ),
  },
  {
    id: 'votes.option-figure',
    run: eachVote(({ vote, at }) =>
      (vote.options ?? []).flatMap((o, i) =>
        o && o.votes === undefined && o.share === undefined ? [error(at('options', i), `"${o.label ?? 'This option'}" has no figure. Give votes (a count) or share (a percentage).`)] : [],
      ),
    ),
  },
  {
    id: 'votes.option-shares-total-100',
    run: eachVote(({ vote, at }) => {
      const shares = (vote.options ?? []).map((o) => o?.share);
      if (shares.length === 0 || !oneChoice(vote) || !shares.every((s) => s !== undefined)) return [];
      const sum = shares.reduce((a: number, s) => a + (s ?? 0), 0);
      return Math.abs(sum - 100) > shareTolerance
        ? [
            error(
              at('options'),
              `The shares of the options add up to ${round(sum)}, not 100. Correct them, or set choice: several (members could choose more than one) or choice: each (each option was voted on separately).`,
            ),
          ]
        : [];
    }),
  },
  {
    id: 'votes.option-against',
    run: eachVote(({ vote, at }) =>
      (vote.options ?? []).flatMap((o, i) => {
        if (o?.against === undefined) return [];
        if (vote.choice !== 'each') return [error(at('options', i, 'against'), 'A share against an option only makes sense when each option was voted on separately. Set choice: each, or remove against.')];
        return o.share !== undefined && o.share + o.against > 100.5 ? [error(at('options', i, 'against'), `${o.share}% for and ${o.against}% against make more than 100%. Check both shares.`)] : [];
      }),
    ),
  },
  {
    id: 'votes.option-votes-within-members',
    run: eachVote(({ vote, at, limit }) => {
      const votes = (vote.options ?? []).reduce((sum, o) => sum + (o?.votes ?? 0), 0);
      return (vote.options ?? []).length > 0 && oneChoice(vote) && limit !== undefined && votes > limit
        ? [error(at('options'), `The options have ${votes} votes in all, more than the ${limit} ${vote.out_of !== undefined ? 'in out_of' : 'members'}. Check the counts.`)]
        : [];
    }),
  },
  {
    id: 'votes.conditional-on',
    run: eachVote(({ vote, at, config }) => {
      const condition = vote.conditional_on;
      if (!condition?.output) return [];
      const byId = new Map((config.recommendations ?? []).flatMap((r) => (r?.id ? [[r.id, r] as const] : [])));
      const ballot = byId.get(condition.output);
      const ballotVote = ballot?.vote;
      const labels = typeof ballotVote === 'object' ? (ballotVote.options ?? []).flatMap((o) => (o?.label ? [o.label] : [])) : [];
      if (!ballot) return reference(at('conditional_on', 'output'), condition.output, new Set(byId.keys()), 'output', 'recommendations');
      if (labels.length === 0) return [error(at('conditional_on', 'output'), `"${condition.output}" has no options to choose from. Point to a ballot with options.`)];
      return condition.option && !labels.includes(condition.option)
        ? [error(at('conditional_on', 'option'), `"${condition.option}" is not one of the options of "${condition.output}". Use one of: ${labels.join(', ')}.`)]
        : [];
    }),
  },
];
