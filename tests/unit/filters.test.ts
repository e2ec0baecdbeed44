import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../templates/schema/assembly.ts';
import { applyFilter, slugify, statusOptions, themeOptions } from '../../templates/lib/site/filters.ts';

type Output = Pick<Recommendation, 'kind' | 'theme' | 'response'> & { id: string };
const decision = { status: 'accepted' as const, text: '', date: '2020-01-01', set_by: 'commissioner' as const, source: undefined, illustrative: false };
const recs: Output[] = [
  { id: 'a', kind: 'recommendation', theme: 'Core measures', response: decision },
  { id: 'b', kind: 'recommendation', theme: 'Core measures' },
  { id: 'c', kind: 'recommendation', theme: 'Vision & values' },
  { id: 'd', kind: 'recommendation' },
  { id: 'e', kind: 'principle', theme: 'Vision & values' },
];
const noResponse = { response: undefined, themes: [], commitment: undefined };
const today = '2026-11-22';

describe('recommendation filters', () => {
  it('make web-address slugs of themes', () => {
    expect(slugify('Vision & values')).toBe('vision-values');
    expect(slugify('  Café culture ')).toBe('cafe-culture');
  });
  it('offer each theme and status with its count; principles expect no response', () => {
    expect(themeOptions(noResponse, recs)).toEqual([
      { slug: 'core-measures', label: 'Core measures', count: 2 },
      { slug: 'vision-values', label: 'Vision & values', count: 2 },
    ]);
    expect(statusOptions(noResponse, recs, today)).toEqual([
      { slug: 'accepted', label: 'Accepted', count: 1 },
      { slug: 'awaiting-response', label: 'Awaiting response', count: 3 },
      { slug: 'no-response-expected', label: 'No response expected', count: 1 },
    ]);
  });
  it('never say "awaiting response" once a general response is out', () => {
    const general = { ...noResponse, response: { date: '2020-06-01', answers: 'general' as const, events: [], draft: false } };
    expect(statusOptions(general, recs, today).map((o) => o.slug)).toEqual(['accepted', 'answered-in-general', 'no-response-expected']);
    // Before the response's date it has not been given.
    expect(statusOptions(general, recs, '2020-05-31').map((o) => o.slug)).toContain('awaiting-response');
  });
  it('group by listed themes by id, in their order', () => {
    const listed = { themes: [{ id: 'vision', title: 'Vision & values' }, { id: 'core', title: 'Core measures' }] };
    const outputs = [{ theme: 'core' }, { theme: 'vision' }, { theme: 'core' }];
    expect(themeOptions(listed as never, outputs)).toEqual([
      { slug: 'vision', label: 'Vision & values', count: 1 },
      { slug: 'core', label: 'Core measures', count: 2 },
    ]);
  });
  it('keep only what matches every filter given', () => {
    expect(applyFilter(noResponse, recs, { theme: 'core-measures' }, today).map((r) => r.id)).toEqual(['a', 'b']);
    expect(applyFilter(noResponse, recs, { status: 'awaiting-response' }, today).map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(applyFilter(noResponse, recs, { theme: 'core-measures', status: 'accepted' }, today).map((r) => r.id)).toEqual(['a']);
    expect(applyFilter(noResponse, recs, {}, today)).toHaveLength(5);
  });
});
