import { describe, expect, it } from 'vitest';
import { applyFilter, slugify, statusOptions, themeOptions } from '../../templates/lib/site/filters.ts';

const recs = [
  { id: 'a', theme: 'Core measures', response: { status: 'accepted' as const, text: '', date: '2020-01-01', illustrative: false } },
  { id: 'b', theme: 'Core measures' },
  { id: 'c', theme: 'Vision & values' },
  { id: 'd' },
];

describe('recommendation filters', () => {
  it('make web-address slugs of themes', () => {
    expect(slugify('Vision & values')).toBe('vision-values');
    expect(slugify('  Café culture ')).toBe('cafe-culture');
  });
  it('offer each theme and status with its count', () => {
    expect(themeOptions(recs)).toEqual([
      { slug: 'core-measures', label: 'Core measures', count: 2 },
      { slug: 'vision-values', label: 'Vision & values', count: 1 },
    ]);
    expect(statusOptions(recs)).toEqual([
      { slug: 'accepted', label: 'Accepted', count: 1 },
      { slug: 'awaiting-response', label: 'Awaiting response', count: 3 },
    ]);
  });
  it('keep only what matches every filter given', () => {
    expect(applyFilter(recs, { theme: 'core-measures' }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(applyFilter(recs, { status: 'awaiting-response' }).map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(applyFilter(recs, { theme: 'core-measures', status: 'accepted' }).map((r) => r.id)).toEqual(['a']);
    expect(applyFilter(recs, {})).toHaveLength(4);
  });
});
