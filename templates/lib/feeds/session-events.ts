/** Sessions as calendar events, with addresses on the assembly's public site. */
import type { AssemblyConfig, Session } from '../../schema/assembly.ts';
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

export function sessionEvent(source: EventSource, session: Session): CalendarSession {
  const url = publicUrl(source.config, 'sessions', session.id);
  const description = [
    session.purpose,
    session.streamed && session.livestream ? `Livestream: ${session.livestream}` : session.streamed ? '' : `Not streamed: ${session.not_streamed_reason ?? ''}`,
    `Details: ${url}`,
  ].filter(Boolean).join('\n\n');
  return {
    uid: `${session.id}@${source.id}.${new URL(source.config.site.url).hostname}`,
    sequence: source.sequences[session.id] ?? 0,
    title: `${session.title} (${source.config.short_title})`,
    description,
    start: session.start,
    end: session.end,
    location: session.online ? 'Online' : session.place,
    url,
    livestream: session.streamed ? session.livestream : undefined,
  };
}

export function calendarOptions(source: EventSource): CalendarOptions {
  return {
    name: source.config.short_title,
    zone: source.config.time_zone,
    stamp: new Date(`${source.updated ?? '1970-01-01'}T00:00:00Z`),
  };
}
