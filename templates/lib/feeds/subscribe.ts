/**
 * Where to subscribe to an assembly's calendar and feed (issue 16). A webcal:// address makes a
 * phone or a calendar app offer to subscribe, so later changes to the sessions reach the visitor;
 * the same file over https is the download, and what to paste into a calendar's "from URL".
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';

/** The calendar of every session at its public address, as https and as webcal. */
export function calendarAddresses(config: Pick<AssemblyConfig, 'site'>): { https: string; webcal: string } {
  const https = new URL('calendar.ics', config.site.url).href;
  return { https, webcal: https.replace(/^https:/, 'webcal:') };
}
