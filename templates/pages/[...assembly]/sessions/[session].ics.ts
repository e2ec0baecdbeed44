/** One session as a calendar file to download. */
import type { APIRoute } from 'astro';
import { calendar } from '../../../lib/feeds/icalendar.ts';
import { calendarOptions, sessionEvents } from '../../../lib/feeds/session-events.ts';
import { itemPaths, type SiteAssembly } from '../../../lib/content/data.ts';
import type { Session } from '../../../schema/assembly.ts';

export async function getStaticPaths() {
  return itemPaths('session', (a) => a.config.sessions.map((item) => ({ slug: item.id, item })));
}

export const GET: APIRoute = ({ props }) => {
  const { assembly, item } = props as { assembly: SiteAssembly; item: Session };
  return new Response(calendar(sessionEvents(assembly, item), calendarOptions(assembly)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
