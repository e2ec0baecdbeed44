/** Times written where the assembly meets (templates/lib/time-zone.ts): instants, and today's date there. */
import { describe, expect, it } from 'vitest';
import { dateIn, today, toInstant, zoneOffsetMinutes } from '../../templates/lib/time-zone.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { phaseOf } from '../../templates/lib/site/phase.ts';

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

describe('today, where the assembly meets', () => {
  const justAfterMidnight = new Date('2027-06-30T23:30:00Z');
  it('is the local date, not the UTC date, either side of midnight', () => {
    expect(today({ time_zone: 'Europe/London' }, justAfterMidnight)).toBe('2027-07-01');
    expect(today({ time_zone: 'UTC' }, justAfterMidnight)).toBe('2027-06-30');
    expect(dateIn(new Date('2027-01-01T04:00:00Z'), 'America/New_York')).toBe('2026-12-31');
    // In winter London is on UTC: 23:30 is still the same day.
    expect(today({ time_zone: 'Europe/London' }, new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-31');
  });
  it('decides the phase: a report dated 1 July is out at 00:30 on 1 July in London', () => {
    const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
    const config = { ...riverside, report: { ...riverside.report!, date: '2027-07-01' }, response: undefined, timeline: { ...riverside.timeline, archived: undefined } };
    expect(phaseOf(config, justAfterMidnight)).toBe('report-published');
    expect(phaseOf({ ...config, time_zone: 'UTC' }, justAfterMidnight)).not.toBe('report-published');
  });
});
