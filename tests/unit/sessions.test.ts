/** When sessions are, and what a session without a recording says (templates/lib/site/sessions.ts). */
import { describe, expect, it } from 'vitest';
import { heldSessions, noRecordingText, sessionDayTexts, sessionTimes, sessionWhen, speakerRefs, videoLinks } from '../../templates/lib/site/sessions.ts';
import { currentOrNextSession } from '../../templates/lib/site/phase.ts';

const zone = 'Europe/London';
const timed = { start: '2019-09-07T10:00', end: '2019-09-07T16:30', days: [] };

describe('session times', () => {
  it('reads a timed session in the assembly\'s zone', () => {
    const t = sessionTimes(timed, zone)!;
    expect([t.start.toISOString(), t.end.toISOString(), t.timed]).toEqual(['2019-09-07T09:00:00.000Z', '2019-09-07T15:30:00.000Z', true]);
    expect(sessionWhen(timed, zone)).toBe('Saturday 7 September 2019, 10am to 4:30pm');
  });
  it('says when the times were not published, and spans whole days', () => {
    const dateOnly = { start: '2020-01-25', end: '2020-01-26', days: [] };
    const t = sessionTimes(dateOnly, zone)!;
    expect([t.firstDay, t.lastDay, t.timed]).toEqual(['2020-01-25', '2020-01-26', false]);
    expect(t.end.toISOString()).toBe('2020-01-27T00:00:00.000Z');
    expect(sessionWhen(dateOnly, zone)).toBe('Saturday 25 January 2020 to Sunday 26 January 2020 (times not published)');
    expect(sessionWhen({ start: '2020-01-25', end: undefined, days: [] }, zone)).toBe('Saturday 25 January 2020 (times not published)');
  });
  it('gives each day of a weekend its own times', () => {
    const weekend = {
      start: undefined,
      end: undefined,
      days: [
        { date: '2020-01-26', start: '09:30', end: '15:00', agenda: [] },
        { date: '2020-01-25', start: '10:00', end: '17:00', agenda: [] },
      ],
    };
    expect(sessionDayTexts(weekend, zone)).toEqual(['Saturday 25 January 2020, 10am to 5pm', 'Sunday 26 January 2020, 9:30am to 3pm']);
    expect(sessionWhen(weekend, zone)).toBe('Saturday 25 January 2020 to Sunday 26 January 2020');
    expect(sessionTimes(weekend, zone)!.end.toISOString()).toBe('2020-01-26T15:00:00.000Z');
  });
  it('keeps a time written with its own offset', () => {
    expect(sessionTimes({ start: '2019-09-07T10:00+02:00', end: '2019-09-07T12:00+02:00', days: [] }, zone)!.start.toISOString()).toBe('2019-09-07T08:00:00.000Z');
  });
  it('never makes a cancelled session next or live, nor the start of the assembly', () => {
    const cancelled = { ...timed, id: 'c', start: '2027-03-06T10:00', end: '2027-03-06T16:00', change: { status: 'cancelled' as const, reason: 'Snow.' } };
    const later = { ...timed, id: 'l', start: '2027-03-13T10:00', end: '2027-03-13T16:00', change: undefined };
    expect(heldSessions([cancelled, later]).map((s) => s.id)).toEqual(['l']);
    expect(currentOrNextSession([cancelled, later], zone, new Date('2027-03-06T11:00:00Z'))).toMatchObject({ session: { id: 'l' }, live: false });
  });
  it('reads speakers and video links written either way', () => {
    expect(speakerRefs(['jo', { speaker: 'al', as: 'chair' }])).toEqual([{ id: 'jo', as: undefined }, { id: 'al', as: 'chair' }]);
    expect(videoLinks('https://example.org/v')).toEqual([{ url: 'https://example.org/v', label: undefined, language: undefined }]);
    expect(videoLinks([{ url: 'https://example.org/bsl', label: 'In British Sign Language' }]).map((v) => v.label)).toEqual(['In British Sign Language']);
  });
});

describe('a livestreamed session without a recording', () => {
  it('says a recording may still come, until the site is the permanent record', () => {
    expect(noRecordingText(false)).toBe('This session was livestreamed. No recording has been published yet.');
    expect(noRecordingText(true)).toBe('This session was livestreamed. No recording was published.');
  });
});
