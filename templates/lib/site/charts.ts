/**
 * Geometry for the charts drawn at build time as SVG: members against the population for each
 * profile dimension (G8, G76), and the split of each vote (G31). Pages only draw what this returns.
 */
import type { VoteShares } from './vote.ts';

export interface ProfileCategory {
  name: string;
  members: number;
  population_share?: number | undefined;
}

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

/** Share of members in each category, in per cent of the members counted in the dimension. */
export function memberShares(categories: readonly ProfileCategory[]): number[] {
  const total = categories.reduce((sum, c) => sum + c.members, 0);
  return categories.map((c) => (total === 0 ? 0 : Math.round((c.members / total) * 1000) / 10));
}

export function profileChart(categories: readonly ProfileCategory[]): ProfileChart {
  const shares = memberShares(categories);
  const scale = (layout.width - layout.valueSpace) / 100;
  let y = 0;
  const rows = categories.map((category, index) => {
    const labelY = y + layout.labelHeight - 4;
    y += layout.labelHeight;
    const bars: ChartBar[] = [{ kind: 'members', y, width: shares[index]! * scale, label: `Members ${shares[index]}%` }];
    y += layout.barHeight + layout.gap;
    if (category.population_share !== undefined) {
      bars.push({ kind: 'population', y, width: category.population_share * scale, label: `Population ${category.population_share}%` });
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

/** The stacked bar of a vote, on a 0 to 100 scale. Only for votes with counts. */
export function voteSegments(shares: VoteShares): VoteSegment[] {
  if (shares.cast === undefined) return [{ kind: 'for', x: 0, width: shares.forShare }];
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
