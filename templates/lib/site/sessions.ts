/**
 * When sessions happen, as every page, feed and check needs it. A session is written as a start
 * and end (with times, or dates only when the times were not published) or as a list of days, each
 * with its own times and agenda (G7, G48); this turns either into the same instants and words.
 */
import type { Perspective } from '../../schema/perspectives.ts';
import type { Session } from '../../schema/assembly.ts';
import { dateIn, toInstant } from '../time-zone.ts';
import { clock, dayLabel, formatDate } from './format.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';

const english = messagesFor('en-GB');

type SessionTiming = Pick<Session, 'start' | 'end' | 'days'>;

/** One day of a session, or the whole of a session written with start and end. */
export interface SessionBlock {
  /** Local date of the first day, YYYY-MM-DD. */
  date: string;
  /** Local date of the last day (the same for one day). */
  lastDate: string;
  /** Local start and end times (HH:MM), when published. */
  from: string | undefined;
  to: string | undefined;
  start: Date;
  end: Date;
  /** Start and end as written (a date-time, perhaps with an offset), when both times are known. */
  written: { start: string; end: string } | undefined;
}

export interface SessionTimes {
  start: Date;
  end: Date;
  firstDay: string;
  lastDay: string;
  blocks: SessionBlock[];
  /** False when any start or end time was not published (date-only sessions). */
  timed: boolean;
}

const hasTime = (value: string) => value.includes('T');
const timeOf = (value: string) => /T(\d{2}:\d{2})/.exec(value)?.[1];

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function block(date: string, lastDate: string, from: string | undefined, to: string | undefined, zone: string): SessionBlock {
  return {
    date,
    lastDate,
    from,
    to,
    start: toInstant(`${date}T${from ?? '00:00'}`, zone),
    end: to ? toInstant(`${lastDate}T${to}`, zone) : toInstant(`${nextDay(lastDate)}T00:00`, zone),
    written: from && to ? { start: `${date}T${from}`, end: `${lastDate}T${to}` } : undefined,
  };
}

function blocksOf(session: SessionTiming, zone: string): SessionBlock[] {
  if (session.days.length > 0) {
    return [...session.days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => block(d.date, d.date, d.start, d.end, zone));
  }
  const start = session.start;
  if (!start) return [];
  const end = session.end;
  if (hasTime(start) && end && hasTime(end)) {
    // Written with its own offset or not, the instants are exactly what was written.
    return [
      { date: start.slice(0, 10), lastDate: end.slice(0, 10), from: timeOf(start), to: timeOf(end), start: toInstant(start, zone), end: toInstant(end, zone), written: { start, end } },
    ];
  }
  return [block(start.slice(0, 10), (end ?? start).slice(0, 10), hasTime(start) ? timeOf(start) : undefined, end && hasTime(end) ? timeOf(end) : undefined, zone)];
}

const known = new WeakMap<object, Map<string, SessionTimes>>();

/**
 * The session's instants and days; undefined only for a session the check has refused (no start
 * and no days), which never reaches a page. Worked out once per session and zone.
 */
export function sessionTimes(session: SessionTiming, zone: string): SessionTimes | undefined {
  let byZone = known.get(session);
  if (!byZone) known.set(session, (byZone = new Map()));
  const seen = byZone.get(zone);
  if (seen) return seen;
  const blocks = blocksOf(session, zone);
  if (blocks.length === 0) return undefined;
  const times: SessionTimes = {
    start: blocks[0]!.start,
    end: blocks.at(-1)!.end,
    firstDay: blocks[0]!.date,
    lastDay: blocks.at(-1)!.lastDate,
    blocks,
    timed: blocks.every((b) => b.from !== undefined && b.to !== undefined),
  };
  byZone.set(zone, times);
  return times;
}

/** For sessions that passed the check: every session has a start or days. */
export function timesOf(session: SessionTiming, zone: string): SessionTimes {
  const times = sessionTimes(session, zone);
  if (!times) throw new Error('A session has neither a start nor days; the check should have refused it.');
  return times;
}

export function sessionsInOrder<T extends SessionTiming>(sessions: readonly T[], zone: string): T[] {
  return [...sessions].sort((a, b) => timesOf(a, zone).start.getTime() - timesOf(b, zone).start.getTime());
}

/** Where a session stands at `now`: still to come, happening, or over. */
export const sessionStates = ['next', 'live', 'ended'] as const;
export type SessionState = (typeof sessionStates)[number];

export function sessionState(session: SessionTiming, zone: string, now: Date): SessionState {
  const { start, end } = timesOf(session, zone);
  return now < start ? 'next' : now < end ? 'live' : 'ended';
}

/**
 * "As of 9am on 22 November 2026": when a page worked out what is on, in the assembly's time
 * zone, for visitors without the script that keeps it current.
 */
export function asOfText(now: Date, zone: string, messages: Messages = english): string {
  return messages.text('time.as-of', { time: clock(now, zone, messages), date: formatDate(dateIn(now, zone), messages.locale) });
}

/** A cancelled session never happened: it is listed, but is never "next", "live" or "held". */
export const isCancelled = (session: Pick<Session, 'change'>) => session.change?.status === 'cancelled';

/** Sessions that take place (or took place): all but the cancelled ones. */
export function heldSessions<T extends Pick<Session, 'change'>>(sessions: readonly T[]): T[] {
  return sessions.filter((s) => !isCancelled(s));
}

/** "Saturday 7 September 2019, 10am to 4:30pm"; a date-only day says its times were not published. */
function blockText(b: SessionBlock, zone: string, messages: Messages): string {
  const { text, locale } = messages;
  const first = dayLabel(b.start, zone, locale);
  const dates = b.lastDate === b.date ? first : text('time.range', { from: first, to: dayLabel(toInstant(`${b.lastDate}T12:00`, zone), zone, locale) });
  const at = (day: string, time: string) => text('time.day-and-time', { day, time });
  if (b.from && b.to) {
    return b.lastDate === b.date
      ? at(first, text('time.range', { from: clock(b.start, zone, messages), to: clock(b.end, zone, messages) }))
      : text('time.range', { from: at(first, clock(b.start, zone, messages)), to: at(dayLabel(b.end, zone, locale), clock(b.end, zone, messages)) });
  }
  if (b.from) return at(first, text('time.from', { time: clock(b.start, zone, messages) }));
  return dates;
}

/** Each day of the session in words, for the session's own page. */
export function sessionDayTexts(session: SessionTiming, zone: string, messages: Messages = english): string[] {
  return timesOf(session, zone).blocks.map((b) => blockText(b, zone, messages));
}

/**
 * The session's dates in one line, for lists: one day with its times, several days as a range,
 * and "(times not published)" when they were not.
 */
export function sessionWhen(session: SessionTiming, zone: string, messages: Messages = english): string {
  const { text, locale } = messages;
  const times = timesOf(session, zone);
  const untimed = (when: string) => (times.timed ? when : text('time.not-published', { when }));
  if (times.blocks.length === 1) {
    const only = times.blocks[0]!;
    const when = blockText(only, zone, messages);
    return only.from && !only.to ? when : untimed(when);
  }
  return untimed(text('time.range', { from: dayLabel(times.start, zone, locale), to: dayLabel(toInstant(`${times.lastDay}T12:00`, zone), zone, locale) }));
}

/** "Planned for 21 March 2020 in Birmingham" from a session's change, for pages and feeds. */
export function plannedText(change: NonNullable<Session['change']>, { text, locale }: Messages = english): string | undefined {
  const date = change.planned_date && formatDate(change.planned_date, locale);
  const place = change.planned_place;
  const when = date && place ? text('change.planned.both', { date, place }) : date ? text('change.planned.date', { date }) : place ? text('change.planned.place', { place }) : undefined;
  return when && text('change.planned', { when });
}

/** A speaker named in an agenda or evidence item, with the capacity given there, if any. */
export interface SpeakerRef {
  id: string;
  as: Perspective | undefined;
}

export function speakerRefs(refs: ReadonlyArray<string | { speaker: string; as: Perspective }>): SpeakerRef[] {
  return refs.map((ref) => (typeof ref === 'string' ? { id: ref, as: undefined } : { id: ref.speaker, as: ref.as }));
}

/** A livestream or recording as a list of labelled links (one link needs no label). */
export interface VideoLink {
  url: string;
  label: string | undefined;
  language: string | undefined;
}

export function videoLinks(value: Session['livestream'] | undefined): VideoLink[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ url: value, label: undefined, language: undefined }];
  return value.map((v) => ({ url: v.url, label: v.label, language: v.language }));
}

/** The agenda items of a session, wherever they are written: on the session, on its days, in its parallel groups. */
export function allAgendaItems(session: Pick<Session, 'agenda' | 'days' | 'parallel_groups'>) {
  return [...session.agenda, ...session.days.flatMap((d) => d.agenda), ...session.parallel_groups.flatMap((g) => g.agenda)];
}

/**
 * What a livestreamed session's page says when it has ended without a recording: final only once
 * the site is the permanent record; until then a recording may still come.
 */
export function noRecordingText(archived: boolean, { text }: Messages = english): string {
  return text(archived ? 'session.no-recording.archived' : 'session.no-recording.yet');
}
