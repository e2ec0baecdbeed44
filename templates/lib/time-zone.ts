/** Session times are written in the assembly's time zone; these turn them into instants. */
import { dateTimeFormat } from './intl-formats.ts';

const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/;

const offsets = new Map<string, number>();

/** Offset of `zone` from UTC at `instant`, in minutes (Europe/London in summer: 60). Remembered, as pages ask again and again. */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const key = `${zone} ${instant.getTime()}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts = dateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  offsets.set(key, offset);
  return offset;
}

/**
 * The calendar date (YYYY-MM-DD) at `instant` in `zone`. Every date an organiser writes is a date
 * where the assembly is, so "today" is too: at 00:30 in London on 1 July it is 1 July, though UTC
 * still says 30 June (issue 18).
 */
export function dateIn(instant: Date, zone: string): string {
  return new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000).toISOString().slice(0, 10);
}

/** "Today" for an assembly: the date now where it meets, to compare with the dates written in its config. */
export function today(config: { time_zone: string }, now: Date): string {
  return dateIn(now, config.time_zone);
}

/** The instant a session time refers to: local times are read in `zone`. */
export function toInstant(dateTime: string, zone: string): Date {
  if (hasOffset.test(dateTime)) return new Date(dateTime);
  const [date, time] = dateTime.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  const wallClock = Date.UTC(y, m - 1, d, hh, mm, ss);
  // Two passes settle the offset on either side of a clock change.
  let guess = wallClock - zoneOffsetMinutes(new Date(wallClock), zone) * 60000;
  guess = wallClock - zoneOffsetMinutes(new Date(guess), zone) * 60000;
  return new Date(guess);
}
