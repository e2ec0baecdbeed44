/** Sessions as calendar events, with addresses on the assembly's public site. */
import type { AssemblyConfig, Session } from '../../schema/assembly.ts';
import { isCancelled, nextDay, timesOf, videoLinks } from '../site/sessions.ts';
import type { CalendarOptions, CalendarSession } from './icalendar.ts';

export interface EventSource {
  id: string;
  config: AssemblyConfig;
  updated: string | undefined;
  sequences: Record<string, number>;
}

/** The address of a page of the assembly on its public site (site.url is the assembly's root). */
export function publicUrl(config: Pick<AssemblyConfig, 'site'>, ...segments: string[]): string {
  return new URL(segments.map((s) => `${encodeURIComponent(s)}/`).join(''), config.site.url).href;
}

/**
 * A session as calendar events: one, or one per day for a session over several days (each day
 * has its own times). Days without published times are all-day events. UIDs never change.
 */
export function sessionEvents(source: EventSource, session: Session): CalendarSession[] {
  const url = publicUrl(source.config, 'sessions', session.id);
  const livestream = session.streamed ? videoLinks(session.livestream)[0]?.url : undefined;
  const description = [
    session.purpose,
    session.change ? `${session.change.status === 'cancelled' ? 'Cancelled' : session.change.status === 'postponed' ? 'Postponed' : 'Moved online'}: ${session.change.reason}` : '',
    livestream ? `Livestream: ${livestream}` : session.streamed ? '' : `Not streamed: ${session.not_streamed_reason ?? ''}`,
    `Details: ${url}`,
  ].filter(Boolean).join('\n\n');
  const host = new URL(source.config.site.url).hostname;
  const { blocks } = timesOf(session, source.config.time_zone);
  return blocks.map((block, index) => {
    const allDay = block.written === undefined;
    return {
      uid: `${session.id}${blocks.length > 1 ? `-${block.date}` : ''}@${source.id}.${host}`,
      sequence: source.sequences[session.id] ?? 0,
      title: `${session.title}${blocks.length > 1 ? `, day ${index + 1}` : ''} (${source.config.short_title})`,
      description,
      start: block.written?.start ?? block.date,
      end: block.written?.end ?? nextDay(block.lastDate),
      allDay,
      cancelled: isCancelled(session),
      location: session.online ? 'Online' : session.place,
      url,
      livestream,
    };
  });
}

export function calendarOptions(source: EventSource): CalendarOptions {
  return {
    name: source.config.short_title,
    zone: source.config.time_zone,
    stamp: new Date(`${source.updated ?? '1970-01-01'}T00:00:00Z`),
  };
}
