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
  it('puts every bar on one axis from 0 to the largest share rounded up to ten, so close shares differ visibly', () => {
    const chart = profileChart(rows);
    expect(chart.axisMax).toBe(60);
    const [members, population] = chart.rows[0]!.bars;
    expect(members!.length / population!.length).toBeCloseTo(46.7 / 45.5, 3);
    expect(chart.rows[1]!.bars[0]!.length).toBeCloseTo((53.3 / 60) * 100, 2);
    // 20% and 21% on a 0–30 axis: a bar 3.3 points of the width longer, not the 1 point of a 0–100 scale.
    const close = profileChart([{ name: 'A', members: 10, memberShare: 20, populationShare: 21 }]);
    expect(close.axisMax).toBe(30);
    expect(close.rows[0]!.bars[1]!.length - close.rows[0]!.bars[0]!.length).toBeCloseTo(3.33, 2);
    // Never beyond 100%, never a scale so short that a tiny share fills the width.
    expect(profileChart([{ name: 'All', members: 30, memberShare: 100, populationShare: 100 }]).axisMax).toBe(100);
    expect(profileChart([{ name: 'Few', members: 1, memberShare: 2, populationShare: 1 }]).axisMax).toBe(10);
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
