/** Vote figures for a recommendation, as counts and shares that add up (G31). */
import type { Recommendation } from '../../schema/assembly.ts';

export interface VoteShares {
  /** Votes cast, when counts were published. */
  cast: number | undefined;
  /** Percentages, rounded to whole numbers, of for / against / abstain; or support alone. */
  forShare: number;
  againstShare: number | undefined;
  abstainShare: number | undefined;
}

export function voteShares(vote: NonNullable<Recommendation['vote']>): VoteShares | undefined {
  const counts = [vote.for, vote.against, vote.abstain];
  if (counts.some((c) => c !== undefined)) {
    const [f = 0, a = 0, x = 0] = counts;
    const cast = f + a + x;
    if (cast === 0) return undefined;
    const share = (n: number) => Math.round((n / cast) * 1000) / 10;
    return { cast, forShare: share(f), againstShare: share(a), abstainShare: share(x) };
  }
  if (vote.support !== undefined) return { cast: undefined, forShare: vote.support, againstShare: undefined, abstainShare: undefined };
  return undefined;
}
