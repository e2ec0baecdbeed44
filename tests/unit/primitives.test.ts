/**
 * What the check refuses in any date, time or web address (issue 15, templates/schema/primitives.ts),
 * each rule with input that meets it and input that misses it: dates and times that do not exist,
 * and web addresses with a space or a user name and password.
 */
import { describe, expect, it } from 'vitest';
import { isRealDateTime, webAddressFault } from '../../templates/schema/primitives.ts';

describe('dates, times and web addresses', () => {
  it('accepts dates and times that exist, with or without an offset', () => {
    for (const value of ['2027-02-28T23:59', '2028-02-29T10:00', '2027-03-06T10:00:59Z', '2027-03-06T10:00+01:00', '2027-03-06']) expect(isRealDateTime(value), value).toBe(true);
  });

  it('refuses ones that do not, rather than rolling them over', () => {
    for (const value of ['2027-02-29T10:00', '2027-02-30T10:00', '2027-04-31', '2027-03-06T24:00', '2027-03-06T25:75', '2027-03-06T10:60', '2027-03-06T10:00+25:00']) expect(isRealDateTime(value), value).toBe(false);
  });

  it('refuses web addresses with a space or a user name and password', () => {
    expect(webAddressFault('https://example.org/have%20your%20say')).toBeUndefined();
    expect(webAddressFault('https://example.org/have your say')).toMatch(/cannot hold a space/);
    expect(webAddressFault('https://admin:secret@example.org/')).toMatch(/user name or password/);
    expect(webAddressFault('https://admin@example.org/')).toMatch(/user name or password/);
    expect(webAddressFault('not an address at all')).toBeUndefined();
  });
});
