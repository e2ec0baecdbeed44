/**
 * Geometry for the charts drawn at build time as SVG: members against the population for each
 * profile dimension (G8, G76), and the split of each vote (G31). Pages only draw what this returns.
 */
import type { ProfileRow } from './members.ts';
import type { CountShares } from './vote.ts';

export interface ChartBar {
  kind: 'members' | 'population';
  y: number;
  width: number;
  label: string;
}

export interface ChartRow {
  name: string;
  labelY: number;
  bars: ChartBar[];
}

export interface ProfileChart {
  width: number;
  height: number;
  rows: ChartRow[];
}

const layout = { width: 320, labelHeight: 18, barHeight: 16, gap: 4, rowGap: 14, valueSpace: 120 };

/** Bars for members and the population in each category (rows from templates/lib/site/members.ts). */
export function profileChart(categories: readonly ProfileRow[]): ProfileChart {
  const scale = (layout.width - layout.valueSpace) / 100;
  let y = 0;
  const rows = categories.map((category) => {
    const labelY = y + layout.labelHeight - 4;
    y += layout.labelHeight;
    const bars: ChartBar[] = [];
    if (category.memberShare !== undefined) {
      bars.push({ kind: 'members', y, width: category.memberShare * scale, label: `Members ${category.memberShare}%` });
      y += layout.barHeight + layout.gap;
    }
    if (category.populationShare !== undefined) {
      bars.push({ kind: 'population', y, width: category.populationShare * scale, label: `Population ${category.populationShare}%` });
      y += layout.barHeight + layout.gap;
    }
    y += layout.rowGap;
    return { name: category.name, labelY, bars };
  });
  return { width: layout.width, height: y, rows };
}

export const barHeight = layout.barHeight;

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
