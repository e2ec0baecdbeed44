import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { calendar, escapeText, foldLine, zoneTransitions } from '../../templates/lib/feeds/icalendar.ts';
import { calendarOptions, sessionEvents } from '../../templates/lib/feeds/session-events.ts';
import { countChanges, historyIsComplete, incompleteHistoryWarning, sessionFingerprints, sessionSequences } from '../../templates/lib/feeds/session-history.ts';
import { toInstant } from '../../templates/lib/time-zone.ts';
import { icalendarFaults } from '../support/ical-strict.ts';

const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!;
const source = { id: riverside.id, config: riverside.config, updated: '2026-11-22', sequences: { 'learning-1': 2 } };
const text = calendar(riverside.config.sessions.flatMap((s) => sessionEvents(source, s)), calendarOptions(source));

describe('calendar', () => {
  const parsed = new ICAL.Component(ICAL.parse(text));
  // Only the calendar's own VTIMEZONE tells the parser what Europe/London means.
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(new ICAL.Timezone(parsed.getFirstSubcomponent('vtimezone')!), 'Europe/London');
  const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses with a real iCalendar parser, one event per session', () => {
    expect(events.map((e) => e.summary)).toEqual(riverside.config.sessions.map((s) => `${s.title} (${riverside.config.short_title})`));
  });

  it('puts every session at the right instant, through its own VTIMEZONE', () => {
    for (const [i, session] of riverside.config.sessions.entries()) {
      const start = events[i]!.startDate;
      expect(start.zone?.tzid).toBe('Europe/London');
      expect(start.toJSDate().toISOString()).toBe(toInstant(session.start!, 'Europe/London').toISOString());
      expect(events[i]!.endDate.toJSDate().toISOString()).toBe(toInstant(session.end!, 'Europe/London').toISOString());
    }
  });

  it('keeps UIDs stable and carries SEQUENCE, the livestream and the page', () => {
    const first = events[0]!;
    expect(first.uid).toBe('learning-1@riverside-2027.flooding-jury.riverside.example.gov.uk');
    expect(first.sequence).toBe(2);
    expect(events[1]!.sequence).toBe(0);
    expect(first.description).toContain('Livestream: https://www.youtube.com/watch?v=rvsjury0001');
    expect(first.component.getFirstPropertyValue('url')).toBe('https://flooding-jury.riverside.example.gov.uk/sessions/learning-1/');
    expect(events[1]!.location).toBe('Online');
    expect(events[2]!.description).toContain('Not streamed:');
  });

  it('follows the format: CRLF lines of at most 75 octets, escaped text', () => {
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    expect(foldLine('é'.repeat(50)).split('\r\n ').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
  });

  it('lets no carriage return or other control character start a line of its own (issue 15)', () => {
    expect(escapeText('Day 1\rATTENDEE:mailto:x@example.org')).toBe('Day 1\\nATTENDEE:mailto:x@example.org');
    expect(escapeText('a\r\nb\u0007c\u001bd\te')).toBe('a\\nbcd\te');
    const session = { ...riverside.config.sessions[0]!, title: 'Day 1\rATTENDEE:mailto:x@example.org' };
    const injected = calendar(sessionEvents(source, session), calendarOptions(source));
    expect(injected.split(/\r\n|\r|\n/).some((line) => line.startsWith('ATTENDEE'))).toBe(false);
  });

  it('finds the clock changes of a zone', () => {
    expect(zoneTransitions('Europe/London', 2027, 2027).map((t) => [t.at.toISOString(), t.from, t.to])).toEqual([
      ['2027-03-28T01:00:00.000Z', 0, 60],
      ['2027-10-31T01:00:00.000Z', 60, 0],
    ]);
    expect(zoneTransitions('Asia/Tokyo', 2027, 2027)).toEqual([]);
  });
});

describe('calendar events of sessions written by days, without times, or cancelled', () => {
  const base = riverside.config.sessions[0]!;
  const parse = (sessions: typeof riverside.config.sessions) => {
    const ics = calendar(sessions.flatMap((s) => sessionEvents(source, s)), calendarOptions(source));
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };
  it('gives each day of a weekend its own event, with its own times and a stable UID', () => {
    const weekend = { ...base, id: 'weekend', start: undefined, end: undefined, days: [
      { date: '2027-03-06', start: '10:00', end: '17:00', agenda: [] },
      { date: '2027-03-07', start: '09:30', end: '15:00', agenda: [] },
    ] };
    const events = parse([weekend]);
    expect(events.map((e) => e.uid)).toEqual([
      'weekend-2027-03-06@riverside-2027.flooding-jury.riverside.example.gov.uk',
      'weekend-2027-03-07@riverside-2027.flooding-jury.riverside.example.gov.uk',
    ]);
    expect(events.map((e) => e.summary)).toEqual([`${base.title}, day 1 (Riverside Citizens' Jury on Flooding)`, `${base.title}, day 2 (Riverside Citizens' Jury on Flooding)`]);
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-03-07T09:30:00.000Z');
  });
  it('makes a session without published times an all-day event, and marks a cancelled one', () => {
    const [event] = parse([{ ...base, start: '2027-03-06', end: '2027-03-07', change: { status: 'cancelled', reason: 'Snow.' } }]);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2027-03-06');
    // DTEND of an all-day event is the day after the last.
    expect(event!.endDate.toString()).toBe('2027-03-08');
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.description).toContain('Cancelled: Snow.');
  });
});

describe('SEQUENCE from history', () => {
  it('counts changes to time, place or title, not to other fields', () => {
    const v = (start: string, purpose = 'p') => sessionFingerprints(`sessions:\n  - id: a\n    title: A\n    purpose: ${purpose}\n    start: ${start}\n    end: x\n`);
    expect(Object.fromEntries(countChanges([v('1'), v('1', 'other purpose'), v('2'), v('3')]))).toEqual({ a: 2 });
  });

  it('counts a change to a day\'s times, and a cancellation', () => {
    const v = (time: string, change = '') =>
      sessionFingerprints(`sessions:\n  - id: a\n    title: A\n    days:\n      - date: 2027-03-06\n        start: "${time}"\n        end: "16:00"\n${change}`);
    const cancelled = '    change: { status: cancelled, reason: Snow }\n';
    expect(Object.fromEntries(countChanges([v('10:00'), v('10:00'), v('11:00'), v('11:00', cancelled)]))).toEqual({ a: 2 });
  });

  it('reads the git history of assembly.yaml, plus uncommitted changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    const write = (start: string) => writeFileSync(join(dir, 'assembly.yaml'), `sessions:\n  - id: day-1\n    title: Day 1\n    start: ${start}\n    end: 2027-03-06T16:00\n  - id: day-2\n    title: Day 2\n    start: 2027-03-13T10:00\n    end: 2027-03-13T16:00\n`);
    git('init', '-q');
    write('2027-03-06T10:00');
    git('add', '.');
    git('commit', '-qm', 'first');
    expect(sessionSequences(dir)).toEqual({ 'day-1': 0, 'day-2': 0 });
    write('2027-03-06T11:00');
    git('commit', '-qam', 'moved');
    expect(sessionSequences(dir)).toEqual({ 'day-1': 1, 'day-2': 0 });
    write('2027-03-06T12:00');
    expect(sessionSequences(dir)).toEqual({ 'day-1': 2, 'day-2': 0 });
    git('commit', '-qam', 'moved again');

    // A full clone tells; a shallow clone (as CI makes by default) or a folder outside git cannot.
    expect(historyIsComplete(dir)).toBe(true);
    expect(incompleteHistoryWarning(dir, true)).toBeUndefined();
    const shallow = mkdtempSync(join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect(historyIsComplete(shallow)).toBe(false);
    expect(incompleteHistoryWarning(shallow, true)).toMatch(/no full git history .* git fetch --unshallow/);
    expect(incompleteHistoryWarning(shallow, false)).toBeUndefined();
    expect(historyIsComplete(mkdtempSync(join(tmpdir(), 'no-git-')))).toBe(false);
  });
});

describe('a strict iCalendar check', () => {
  it('finds nothing wrong in a calendar of sessions', () => {
    expect(icalendarFaults(text)).toEqual([]);
  });

  it('finds what a strict client would reject', () => {
    expect(icalendarFaults(text.replace('CALSCALE:GREGORIAN\r\n', 'CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n'))).toContain('event 1: with METHOD, every event needs an ORGANIZER (RFC 5546)');
    expect(icalendarFaults(text.replace(/\r\n/g, '\n'))).toContain('every line must end with CRLF, and no bare CR or LF may appear');
    expect(icalendarFaults(text.replace(/UID:[^\r]*\r\n/, ''))).toContain('event 1 needs exactly one UID');
    expect(icalendarFaults(text.replace('END:VEVENT', 'END:VTODO'))[0]).toMatch(/does not close/);
  });
});
