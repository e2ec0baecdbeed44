/**
 * iCalendar (RFC 5545) for sessions: one feed of every session per assembly, and one file per
 * session. Times carry their time zone (with a VTIMEZONE built from the zone's real transitions),
 * UIDs never change, and SEQUENCE rises when a session changes, so subscribed calendars update.
 */
import { zoneOffsetMinutes } from '../time-zone.ts';

export interface CalendarSession {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  /**
   * Local date-time as written in the config (YYYY-MM-DDTHH:MM), in `zone`; for an all-day event
   * (times not published) the first day and the day after the last, YYYY-MM-DD.
   */
  start: string;
  end: string;
  allDay: boolean;
  /** Cancelled sessions stay in the feed as cancelled, so subscribed calendars remove them. */
  cancelled: boolean;
  location: string | undefined;
  url: string;
  livestream: string | undefined;
}

export interface CalendarOptions {
  name: string;
  zone: string;
  /** DTSTAMP for every event: when the record last changed, so output is reproducible. */
  stamp: Date;
}

/**
 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11); any other
 * control character is dropped, as TEXT may not hold one and a bare CR would start a line of its
 * own (issue 15: the check refuses them in the first place).
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--; // never split a character
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

/** "2019-09-07T10:00" → "20190907T100000" in `zone`; a time with an offset is converted to `zone`. */
export function compactLocal(dateTime: string, zone: string): string {
  let local = dateTime;
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(dateTime)) {
    const instant = new Date(dateTime);
    local = new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000).toISOString().slice(0, 19);
  }
  const [date, time] = local.split('T') as [string, string];
  const [hh, mm, ss = '00'] = time.split(':') as [string, string, string?];
  return `${date.replace(/-/g, '')}T${hh}${mm}${ss.slice(0, 2)}`;
}
const compactUtc = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

interface Transition {
  at: Date;
  from: number;
  to: number;
}

const transitionsFound = new Map<string, Transition[]>();

/** Every change of UTC offset in `zone` during the given years, found to the minute (once per build). */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const key = `${zone} ${fromYear} ${toYear}`;
  const known = transitionsFound.get(key);
  if (known) return known;
  const transitions: Transition[] = [];
  const hour = 3600_000;
  let time = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let offset = zoneOffsetMinutes(new Date(time), zone);
  while (time < end) {
    const next = time + 6 * hour;
    const nextOffset = zoneOffsetMinutes(new Date(next), zone);
    if (nextOffset !== offset) {
      let low = time;
      let high = next;
      while (high - low > 60_000) {
        const mid = low + Math.floor((high - low) / 120_000) * 60_000;
        if (zoneOffsetMinutes(new Date(mid), zone) === offset) low = mid;
        else high = mid;
      }
      transitions.push({ at: new Date(high), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    time = next;
  }
  transitionsFound.set(key, transitions);
  return transitions;
}

function vtimezone(zone: string, years: number[]): string[] {
  const first = Math.min(...years);
  // From the year before, so the observance in force before the first session is included.
  const transitions = zoneTransitions(zone, first - 1, Math.max(...years));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const localStart = (t: Transition) => compactUtc(new Date(t.at.getTime() + t.from * 60_000)).slice(0, 15);
  if (transitions.length === 0) {
    const offset = offsetText(zoneOffsetMinutes(new Date(Date.UTC(first, 0, 1)), zone));
    lines.push('BEGIN:STANDARD', `DTSTART:${first}0101T000000`, `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStart(t)}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export function calendar(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const years = sessions.filter((s) => !s.allDay).flatMap((s) => [Number(s.start.slice(0, 4)), Number(s.end.slice(0, 4))]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Citizens assembly site generator//EN',
    'CALSCALE:GREGORIAN',
    // No METHOD: with METHOD:PUBLISH, iTIP (RFC 5546) requires an ORGANIZER on every event, and a
    // subscribed calendar needs neither.
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.zone}`,
    ...(years.length > 0 ? vtimezone(options.zone, years) : []),
  ];
  for (const s of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.uid}`,
      `SEQUENCE:${s.sequence}`,
      `DTSTAMP:${compactUtc(options.stamp)}`,
      ...(s.allDay
        ? [`DTSTART;VALUE=DATE:${s.start.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${s.end.replace(/-/g, '')}`]
        : [`DTSTART;TZID=${options.zone}:${compactLocal(s.start, options.zone)}`, `DTEND;TZID=${options.zone}:${compactLocal(s.end, options.zone)}`]),
      `SUMMARY:${escapeText(s.title)}`,
      `DESCRIPTION:${escapeText(s.description)}`,
      ...(s.location ? [`LOCATION:${escapeText(s.location)}`] : []),
      `URL:${s.url}`,
      ...(s.livestream ? [`CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Livestream:${s.livestream}`] : []),
      s.cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
      s.allDay ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
