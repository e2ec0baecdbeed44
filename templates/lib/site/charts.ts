/**
 * Geometry for the charts drawn at build time: members against the population for each profile
 * dimension (G8, G76, as HTML bars, so the text keeps its size on a phone), and the split of each
 * vote (G31, as SVG). Pages only draw what this returns.
 */
import type { ProfileRow } from './members.ts';
import type { CountShares } from './vote.ts';

export interface ChartBar {
  kind: 'members' | 'population';
  share: number;
  /** Length as a percentage of the track, on the chart's axis (0 to axisMax). */
  length: number;
  label: string;
}

export interface ChartRow {
  name: string;
  bars: ChartBar[];
}

export interface ProfileChart {
  /** The share at the end of the track: the largest share rounded up to a multiple of 10, so small differences show. */
  axisMax: number;
  rows: ChartRow[];
}

/**
 * Bars for members and the population in each category, side by side (rows from
 * templates/lib/site/members.ts). All bars share one axis from 0, so lengths compare honestly.
 */
export function profileChart(categories: readonly ProfileRow[]): ProfileChart {
  const shares = categories.flatMap((c) => [c.memberShare, c.populationShare]).filter((s): s is number => s !== undefined);
  const axisMax = Math.min(100, Math.max(10, Math.ceil(Math.max(0, ...shares) / 10) * 10));
  const length = (share: number) => Math.round((share / axisMax) * 10_000) / 100;
  const rows = categories.map((category) => {
    const bars: ChartBar[] = [];
    if (category.memberShare !== undefined) bars.push({ kind: 'members', share: category.memberShare, length: length(category.memberShare), label: `Members ${category.memberShare}%` });
    if (category.populationShare !== undefined) bars.push({ kind: 'population', share: category.populationShare, length: length(category.populationShare), label: `Population ${category.populationShare}%` });
    return { name: category.name, bars };
  });
  return { axisMax, rows };
}

export interface VoteSegment {
  kind: 'for' | 'against' | 'abstain';
  x: number;
  width: number;
}

/** The stacked bar of a for / against / abstain vote, on a 0 to 100 scale; a share alone is one segment. */
export function voteSegments(shares: Pick<CountShares, 'forShare' | 'againstShare' | 'abstainShare'>): VoteSegment[] {
  const parts: Array<[VoteSegment['kind'], number]> = [
    ['for', shares.forShare],
    ['against', shares.againstShare ?? 0],
    ['abstain', shares.abstainShare ?? 0],
  ];
  let x = 0;
  return parts.flatMap(([kind, width]) => {
    const segment = { kind, x, width };
    x += width;
    return width > 0 ? [segment] : [];
  });
}
