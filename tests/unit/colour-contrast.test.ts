/** WCAG contrast ratios (templates/lib/colour-contrast.ts). */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../templates/lib/colour-contrast.ts';

describe('contrastRatio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
  it('puts GOV.UK blue above and a light blue below 4.5:1', () => {
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#88ccee', '#ffffff')).toBeLessThan(4.5);
  });
});
