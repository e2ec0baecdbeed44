/** Plain-English messages for schema problems (templates/lib/config/messages.ts). */
import { describe, expect, it } from 'vitest';
import { impossibleDate } from '../../templates/lib/config/messages.ts';

describe('a date written the right way that names no real day', () => {
  it('says which part does not exist', () => {
    expect(impossibleDate('2026-02-30')).toBe('2026-02-30 is not a date that exists: February 2026 has 28 days.');
    expect(impossibleDate('2027-04-31')).toBe('2027-04-31 is not a date that exists: April 2027 has 30 days.');
    expect(impossibleDate('2026-13-01')).toBe('2026-13-01 is not a date that exists: there is no month 13.');
    expect(impossibleDate('2027-03-06T25:75')).toMatch(/^2027-03-06T25:75 is not a time that exists/);
  });

  it('leaves real dates, leap days and other text alone', () => {
    expect(impossibleDate('2028-02-29')).toBeUndefined();
    expect(impossibleDate('2027-03-06T23:59')).toBeUndefined();
    expect(impossibleDate('6 March 2027')).toBeUndefined();
  });
});
