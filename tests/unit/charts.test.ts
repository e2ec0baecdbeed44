import { describe, expect, it } from 'vitest';
import { profileChart, voteSegments } from '../../templates/lib/site/charts.ts';
import { profileRows } from '../../templates/lib/site/members.ts';

describe('profileChart', () => {
  const rows = profileRows({
    categories: [
      { name: 'Under 40', members: 14, population_share: 45.5 },
      { name: '40 and over', members: 16 },
    ],
    base: undefined,
  });
  it('compares the share of members with the population share', () => {
    expect(rows.map((r) => r.memberShare)).toEqual([46.7, 53.3]);
    const chart = profileChart(rows);
    expect(chart.rows[0]!.bars.map((b) => b.label)).toEqual(['Members 46.7%', 'Population 45.5%']);
    expect(chart.rows[1]!.bars.map((b) => b.kind)).toEqual(['members']);
  });
  it('scales bars to the same axis and stacks rows without overlap', () => {
    const chart = profileChart(rows);
    const members = chart.rows[0]!.bars[0]!;
    const population = chart.rows[0]!.bars[1]!;
    expect(members.width / population.width).toBeCloseTo(46.7 / 45.5, 5);
    expect(population.y).toBeGreaterThan(members.y);
    expect(chart.rows[1]!.labelY).toBeGreaterThan(population.y);
    expect(chart.height).toBeGreaterThan(chart.rows[1]!.bars[0]!.y);
  });
  it('draws no member bar for a category whose figure was not published', () => {
    const chart = profileChart([{ name: 'Unknown', members: undefined, memberShare: undefined, populationShare: 10 }]);
    expect(chart.rows[0]!.bars.map((b) => b.kind)).toEqual(['population']);
  });
});

describe('voteSegments', () => {
  it('stacks for, against and abstain across 100', () => {
    expect(voteSegments({ forShare: 79.2, againstShare: 13.2, abstainShare: 7.5 })).toEqual([
      { kind: 'for', x: 0, width: 79.2 },
      { kind: 'against', x: 79.2, width: 13.2 },
      { kind: 'abstain', x: 92.4, width: 7.5 },
    ]);
  });
  it('shows a support share alone', () => {
    expect(voteSegments({ forShare: 77, againstShare: undefined, abstainShare: undefined })).toEqual([{ kind: 'for', x: 0, width: 77 }]);
  });
});
