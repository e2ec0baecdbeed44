/** Every session of an assembly as one calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { calendar } from '../../lib/feeds/icalendar.ts';
import { calendarOptions, sessionEvents } from '../../lib/feeds/session-events.ts';
import { assemblyPaths, type SiteAssembly } from '../../lib/content/data.ts';
import { sessionsInOrder } from '../../lib/site/sessions.ts';

export const getStaticPaths = assemblyPaths;

export const GET: APIRoute = ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const sessions = sessionsInOrder(assembly.config.sessions, assembly.config.time_zone);
  const body = calendar(sessions.flatMap((s) => sessionEvents(assembly, s)), calendarOptions(assembly));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
