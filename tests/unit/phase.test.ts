/** The phase an assembly is in, its current or next session, and the moments that change them (templates/lib/site/phase.ts). */
import { describe, expect, it } from 'vitest';
import { buildDate, currentOrNextSession, isArchived, phaseOf, timelineMoment } from '../../templates/lib/site/phase.ts';
import { config, session } from '../support/minimal-config.ts';

describe('phaseOf', () => {
  const base = {
    timeline: { announced: '2026-10-01', recruitment: { opens: '2026-11-01', closes: '2026-12-01' }, reviews: [] },
    sessions: [session('one', '2027-03-06T10:00', '2027-03-06T16:00')],
  };
  const at = (iso: string, extra: Record<string, unknown> = {}) => phaseOf(config({ ...base, ...extra }), new Date(iso));
  it('says whether the site is the archived record, from the archive date on', () => {
    const archivedFrom = { ...base, timeline: { ...base.timeline, archived: '2028-01-01' } };
    expect(isArchived(config(archivedFrom), new Date('2027-12-31T12:00:00Z'))).toBe(false);
    expect(isArchived(config(archivedFrom), new Date('2028-01-01T12:00:00Z'))).toBe(true);
    expect(isArchived(config(base), new Date('2030-01-01T12:00:00Z'))).toBe(false);
  });
  it('follows the assembly from announcement to archive', () => {
    expect(at('2026-10-15T12:00:00Z')).toBe('announced');
    expect(at('2026-11-22T12:00:00Z')).toBe('recruiting');
    expect(at('2027-03-06T10:30:00Z')).toBe('in-session');
    // After the last session and before the report: no longer "in session".
    expect(at('2027-03-06T15:59:00Z')).toBe('in-session');
    expect(at('2027-03-06T16:00:00Z')).toBe('sessions-ended');
    expect(at('2027-06-01T12:00:00Z')).toBe('sessions-ended');
    const report = { report: { title: 'R', date: '2027-05-01' } };
    expect(at('2027-05-02T12:00:00Z', report)).toBe('report-published');
    const response = { ...report, response: { title: 'Resp', date: '2027-09-01' } };
    expect(at('2027-09-02T12:00:00Z', response)).toBe('response-published');
    const recs = {
      ...response,
      recommendations: [{ id: 'r', title: 'R', text: 'T', implementation: [{ date: '2027-12-01', text: 'Done' }] }],
    };
    expect(at('2027-11-30T12:00:00Z', recs)).toBe('response-published');
    expect(at('2027-12-02T12:00:00Z', recs)).toBe('following-up');
    expect(at('2029-01-02T12:00:00Z', { ...recs, timeline: { ...base.timeline, archived: '2029-01-01' } })).toBe('archived');
  });
  it('reads "today" from SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1800000000' }).toISOString()).toBe('2027-01-15T08:00:00.000Z');
    // Without it, the current minute: the same for every page rendered within that minute.
    expect(buildDate({}, () => Date.parse('2027-01-15T08:00:59.999Z')).toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });
});

describe('currentOrNextSession', () => {
  const sessions = [session('b', '2027-03-13T10:00', '2027-03-13T16:00'), session('a', '2027-03-06T10:00', '2027-03-06T16:00')];
  it('finds the live session, then the next one, then none', () => {
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-03-06T11:00:00Z'))).toMatchObject({ session: { id: 'a' }, live: true });
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-03-07T11:00:00Z'))).toMatchObject({ session: { id: 'b' }, live: false });
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-04-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('timelineMoment, the incremental build\'s idea of now', () => {
  const sessions = { sessions: [session('a', '2027-03-06T10:00', '2027-03-06T16:00')], time_zone: 'Europe/London' };
  const at = (instant: string) => timelineMoment(sessions, new Date(instant));
  it('changes when a session starts or ends, and at midnight, but not in between', () => {
    expect(at('2027-03-06T08:00:00Z')).toBe(at('2027-03-06T08:59:00Z'));
    expect(at('2027-03-06T10:01:00Z')).not.toBe(at('2027-03-06T09:59:00Z'));
    expect(at('2027-03-06T16:01:00Z')).not.toBe(at('2027-03-06T15:59:00Z'));
    expect(at('2027-03-07T00:01:00Z')).not.toBe(at('2027-03-06T23:59:00Z'));
  });
});
