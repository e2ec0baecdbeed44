/**
 * Figures as published (templates/lib/site/figures.ts): exact, approximate, ranged or a floor, and
 * "not published" never taken for a number. Each rule has an example that meets it and one that
 * would break it.
 */
import { describe, expect, it } from 'vitest';
import { bounds, estimate, exactly, figureText, moneyText } from '../../templates/lib/site/figures.ts';

describe('figures as published', () => {
  it('say exact, approximate, ranged and floor figures in words', () => {
    expect(figureText(110)).toBe('110');
    expect(figureText({ about: 520000 })).toBe('about 520,000');
    expect(figureText({ between: [1500, 1800] })).toBe('between 1,500 and 1,800');
    expect(figureText({ more_than: 1500 })).toBe('more than 1,500');
    expect(moneyText({ amount: { about: 120000 }, currency: 'GBP' })).toBe('about £120,000');
    expect(moneyText({ amount: 150, currency: 'EUR' })).toBe('€150');
  });
  it('compare only what the figures allow, and never treat "not published" as a number', () => {
    expect(bounds({ between: [1800, 1500] })).toEqual([1500, 1800]);
    expect(bounds({ more_than: 1500 })).toEqual([1500, Number.POSITIVE_INFINITY]);
    expect(bounds('not published')).toBeUndefined();
    expect(exactly({ about: 5 })).toBeUndefined();
    expect(exactly(5)).toBe(5);
    expect(estimate({ between: [100, 120] })).toBe(110);
    expect(estimate({ more_than: 100 })).toBeUndefined();
  });
});
