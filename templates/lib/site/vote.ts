/**
 * How members voted on an output, in figures and in words (G31): counts for and against, a share
 * in support, or a ballot with several options; each share said with what it is out of. A vote
 * can also be not held (agreed without a vote), held but not published, or published elsewhere.
 */
import type { Recommendation } from '../../schema/assembly.ts';
import type { voteBases } from '../../schema/recommendations.ts';
import { formatNumber, listText, sentence } from './format.ts';

type VoteField = NonNullable<Recommendation['vote']>;
export type VoteFigures = Exclude<VoteField, string>;
export type VoteBase = (typeof voteBases)[number];

export type VoteView =
  | { status: 'none' }
  | { status: 'not-held'; note: string | undefined }
  | { status: 'not-published'; note: string | undefined }
  | { status: 'elsewhere'; url: string; note: string | undefined; illustrative: boolean }
  | { status: 'counts'; figures: VoteFigures; shares: CountShares }
  /** A published share in support and/or against, without counts. */
  | { status: 'support'; figures: VoteFigures; share: number | undefined }
  | { status: 'options'; figures: VoteFigures; options: OptionShare[] };

export interface CountShares {
  /** How many the shares are out of, and who they are. */
  outOf: number;
  base: VoteBase;
  forShare: number;
  againstShare: number | undefined;
  abstainShare: number | undefined;
}

export interface OptionShare {
  label: string;
  votes: number | undefined;
  /** Per cent, rounded to one decimal place. */
  share: number | undefined;
  /** When each option was voted on separately, the share against it. */
  against: number | undefined;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function voteView(vote: VoteField | undefined): VoteView {
  if (vote === undefined) return { status: 'none' };
  if (vote === 'not held') return { status: 'not-held', note: undefined };
  if (vote === 'not published') return { status: 'not-published', note: undefined };
  if (!vote.held) return { status: 'not-held', note: vote.note };
  const counts = [vote.for, vote.against, vote.abstain];
  if (counts.some((c) => c !== undefined)) {
    const shares = countShares(vote);
    if (shares) return { status: 'counts', figures: vote, shares };
  }
  if (vote.options.length > 0) return { status: 'options', figures: vote, options: optionShares(vote) };
  if (vote.support !== undefined || vote.opposed !== undefined) return { status: 'support', figures: vote, share: vote.support };
  if (vote.url) return { status: 'elsewhere', url: vote.url, note: vote.note, illustrative: vote.illustrative };
  return { status: 'not-published', note: vote.note };
}

/**
 * Shares of a for / against / abstain count. Without a stated base they are of the votes counted:
 * all three when abstentions were counted, else those who voted for or against.
 */
export function countShares(vote: VoteFigures): CountShares | undefined {
  const f = vote.for ?? 0;
  const a = vote.against ?? 0;
  const x = vote.abstain ?? 0;
  const base: VoteBase = vote.base ?? (vote.abstain === undefined ? 'members-expressing-a-view' : 'votes-cast');
  const outOf =
    base === 'members-expressing-a-view' ? f + a : (base === 'members-present' || base === 'all-members') && vote.out_of ? vote.out_of : f + a + x;
  if (outOf === 0) return undefined;
  const share = (n: number) => oneDecimal((n / outOf) * 100);
  return {
    outOf,
    base,
    forShare: share(f),
    againstShare: vote.against === undefined ? undefined : share(a),
    abstainShare: vote.abstain === undefined || base === 'members-expressing-a-view' ? undefined : share(x),
  };
}

/** Each option's share: as published, or worked out from its votes (of the base, else of all votes on the ballot). */
export function optionShares(vote: VoteFigures): OptionShare[] {
  const counted = vote.options.every((o) => o.votes !== undefined);
  const total = vote.options.reduce((sum, o) => sum + (o.votes ?? 0), 0);
  const outOf = counted ? ((vote.base === 'members-present' || vote.base === 'all-members') && vote.out_of ? vote.out_of : total) : undefined;
  return vote.options.map((o) => ({
    label: o.label,
    votes: o.votes,
    share: o.share ?? (outOf && o.votes !== undefined ? oneDecimal((o.votes / outOf) * 100) : undefined),
    against: o.against,
  }));
}

/** "the 104 members who voted", "members present": who a share is out of, as the words after "of". */
export function basePhrase(base: VoteBase, outOf: number | undefined, members: string): string {
  const n = outOf === undefined ? undefined : formatNumber(outOf);
  switch (base) {
    case 'votes-cast':
      return n ? `the ${n} ${members} who voted` : `${members} who voted`;
    case 'valid-votes':
      return n ? `the ${n} ${members} who cast a valid vote` : `${members} who cast a valid vote`;
    case 'members-present':
      return n ? `the ${n} ${members} present` : `${members} present`;
    case 'members-expressing-a-view':
      return n ? `the ${n} ${members} who voted for or against` : `${members} who voted for or against`;
    case 'all-members':
      return n ? `all ${n} ${members}` : `all ${members}`;
  }
}

const percent = (n: number) => `${formatNumber(n)}%`;

/** The vote in sentences, for pages and plain-text formats. `members` is "members", "jurors"… */
export function voteSentences(view: VoteView, members: string, titleOf: (id: string) => string | undefined = () => undefined): string[] {
  switch (view.status) {
    case 'none':
      return [];
    case 'not-held':
      return ['Agreed without a vote.', ...(view.note ? [sentence(view.note)] : [])];
    case 'not-published':
      return ['A vote was held, but its figures were not published.', ...(view.note ? [sentence(view.note)] : [])];
    case 'elsewhere':
      return ['The vote figures are published elsewhere.', ...(view.note ? [sentence(view.note)] : [])];
    case 'counts': {
      const { figures: v, shares } = view;
      const parts = [
        v.for !== undefined && `${formatNumber(v.for)} for`,
        v.against !== undefined && `${formatNumber(v.against)} against`,
        v.abstain !== undefined && `${formatNumber(v.abstain)} abstained`,
      ].filter((p): p is string => Boolean(p));
      const lines = [`${capitalise(listText(parts))}.`, `${percent(shares.forShare)} of ${basePhrase(shares.base, shares.outOf, members)} were in favour.`];
      return [...lines, ...conditionSentence(v, members, titleOf), ...noteSentence(v)];
    }
    case 'support': {
      const v = view.figures;
      const verb = v.support_means ?? 'were in favour';
      const of = v.base ? basePhrase(v.base, v.out_of, members) : members;
      const lines = view.share === undefined ? [] : [`${percent(view.share)} of ${of} ${verb}.`];
      if (v.opposed !== undefined) lines.push(`${percent(v.opposed)} ${v.base || view.share === undefined ? `of ${of} ` : ''}were against.`);
      if (!v.base) lines.push(`What ${v.opposed !== undefined ? 'these shares are' : 'this share is'} out of is not given.`);
      return [...lines, ...conditionSentence(v, members, titleOf), ...noteSentence(v)];
    }
    case 'options': {
      const v = view.figures;
      const counted = view.options.every((o) => o.votes !== undefined);
      const total = view.options.reduce((sum, o) => sum + (o.votes ?? 0), 0);
      const base: VoteBase | undefined = v.base ?? (counted ? 'votes-cast' : undefined);
      const outOf = v.out_of ?? (counted && base === 'votes-cast' ? total : undefined);
      const lines = [
        base ? `Shares are of ${basePhrase(base, outOf, members)}.` : 'What these shares are out of is not given.',
      ];
      if (v.choice === 'several') lines.push(`${capitalise(members)} could choose more than one option.`);
      else if (v.choice === 'each') lines.push(`${capitalise(members)} voted on each option separately, so the shares do not add up to 100%.`);
      else {
        const leader = leadingOption(view.options);
        if (leader) lines.push(`More chose “${leader}” than any other option.`);
      }
      return [...lines, ...conditionSentence(v, members, titleOf), ...noteSentence(v)];
    }
  }
}

/** The option with the most votes or the largest share, when one alone has it. */
export function leadingOption(options: readonly OptionShare[]): string | undefined {
  const score = (o: OptionShare) => o.votes ?? o.share;
  const scored = options.filter((o) => score(o) !== undefined);
  if (scored.length < 2) return undefined;
  const top = Math.max(...scored.map((o) => score(o)!));
  const leaders = scored.filter((o) => score(o) === top);
  return leaders.length === 1 ? leaders[0]!.label : undefined;
}

function conditionSentence(v: VoteFigures, members: string, titleOf: (id: string) => string | undefined): string[] {
  if (!v.conditional_on) return [];
  const ballot = titleOf(v.conditional_on.output);
  return [`Put only to the ${members} who chose “${v.conditional_on.option}”${ballot ? ` in “${ballot}”` : ''}.`];
}

const noteSentence = (v: VoteFigures) => (v.note ? [sentence(v.note)] : []);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the vote's figures are marked as invented for illustration. */
export function voteIllustrative(vote: VoteField | undefined): boolean {
  return typeof vote === 'object' && vote.illustrative;
}
