/**
 * schema.org JSON-LD, so search engines and other tools understand sessions as events, speakers as
 * people, the report as a report and the commissioner as an organisation (G52, G54).
 */
import type { AssemblyConfig, Session, Speaker } from '../../schema/assembly.ts';
import { timesOf, videoLinks } from '../site/sessions.ts';

export type JsonLd = Record<string, unknown>;

const governmentTypes = new Set(['local-authority', 'combined-authority', 'national-government', 'devolved-government', 'parliament', 'nhs', 'public-body']);

export function commissionerLd(config: AssemblyConfig): JsonLd[] {
  return config.commissioners.map((c) => ({
    '@context': 'https://schema.org',
    '@type': governmentTypes.has(c.type) ? 'GovernmentOrganization' : 'Organization',
    name: c.name,
    ...(c.url ? { url: c.url } : {}),
  }));
}

const eventStatuses: Record<NonNullable<Session['change']>['status'], string> = {
  postponed: 'EventRescheduled',
  cancelled: 'EventCancelled',
  'moved-online': 'EventMovedOnline',
};

export function sessionLd(config: AssemblyConfig, session: Session, pageUrl: string): JsonLd {
  const livestream = session.streamed ? videoLinks(session.livestream)[0]?.url : undefined;
  const online = session.online || livestream !== undefined;
  const locations: JsonLd[] = [];
  if (!session.online && session.place) locations.push({ '@type': 'Place', name: session.place, address: session.place });
  if (livestream) locations.push({ '@type': 'VirtualLocation', url: livestream });
  else if (session.online) locations.push({ '@type': 'VirtualLocation', url: pageUrl });
  const times = timesOf(session, config.time_zone);
  const mode = online && locations.some((l) => l['@type'] === 'Place') ? 'MixedEventAttendanceMode' : online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: session.title,
    description: session.purpose,
    url: pageUrl,
    // Without published times, only the dates are stated.
    startDate: times.timed ? times.start.toISOString() : times.firstDay,
    endDate: times.timed ? times.end.toISOString() : times.lastDay,
    eventStatus: `https://schema.org/${session.change ? eventStatuses[session.change.status] : 'EventScheduled'}`,
    ...(session.change?.status === 'postponed' && session.change.planned_date ? { previousStartDate: session.change.planned_date } : {}),
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: config.commissioners.map((c) => ({ '@type': 'Organization', name: c.name, ...(c.url ? { url: c.url } : {}) })),
    // The assembly's card, which every page shares (social.png).
    image: new URL('social.png', config.site.url).href,
    superEvent: { '@type': 'EventSeries', name: config.title, url: config.site.url },
  };
}

export function speakerLd(speaker: Speaker, pageUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: speaker.name,
    url: pageUrl,
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
    ...(speaker.organisation ? { worksFor: { '@type': 'Organization', name: speaker.organisation } } : {}),
  };
}

export function reportLd(config: AssemblyConfig, pageUrl: string): JsonLd | undefined {
  const report = config.report;
  if (!report) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    url: pageUrl,
    datePublished: report.date,
    inLanguage: config.language,
    ...(report.summary ? { abstract: report.summary } : {}),
    author: report.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: config.commissioners.map((c) => ({ '@type': 'Organization', name: c.name })),
    about: config.question,
  };
}

/** Safe to put inside a <script> element: no "</script" can end it early. */
export function serialiseLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
