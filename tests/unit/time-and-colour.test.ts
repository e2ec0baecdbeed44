import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../templates/lib/colour-contrast.ts';
import { toInstant, zoneOffsetMinutes } from '../../templates/lib/time-zone.ts';

describe('toInstant', () => {
  it('reads local times in British Summer Time', () => {
    expect(toInstant('2019-09-07T10:00', 'Europe/London').toISOString()).toBe('2019-09-07T09:00:00.000Z');
  });
  it('reads local times in winter as GMT', () => {
    expect(toInstant('2027-01-15T10:00', 'Europe/London').toISOString()).toBe('2027-01-15T10:00:00.000Z');
  });
  it('honours an explicit offset over the zone', () => {
    expect(toInstant('2027-03-06T10:00+02:00', 'Europe/London').toISOString()).toBe('2027-03-06T08:00:00.000Z');
  });
  it('gets the morning after the clocks go forward right', () => {
    // Clocks went forward at 01:00 GMT on 28 March 2027.
    expect(toInstant('2027-03-28T10:00', 'Europe/London').toISOString()).toBe('2027-03-28T09:00:00.000Z');
    expect(toInstant('2027-03-27T10:00', 'Europe/London').toISOString()).toBe('2027-03-27T10:00:00.000Z');
  });
  it('works for other zones', () => {
    expect(zoneOffsetMinutes(new Date('2027-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
  });
});

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
