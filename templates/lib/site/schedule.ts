/**
 * The moments at which an assembly's site changes: a session starts or ends, something dated
 * becomes published, a deadline passes. A build made after each shows the site as it should be;
 * `npm run schedule` prints them, for a person or a scheduler (as cron lines).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { Withheld } from './embargo.ts';
import { isNotPublished } from './figures.ts';
import { heldSessions, timesOf } from './sessions.ts';

export interface Moment {
  at: Date;
  assembly: string;
  what: string;
}

/** The site's "today" is the UTC date of the build, so a dated item changes it at 00:00 UTC. */
const startOf = (date: string) => new Date(`${date}T00:00:00Z`);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

export function moments(id: string, config: AssemblyConfig, withheld: readonly Withheld[], now: Date): Moment[] {
  const found: Moment[] = [];
  const add = (at: Date, what: string) => found.push({ at, assembly: id, what });
  for (const session of heldSessions(config.sessions)) {
    const { blocks } = timesOf(session, config.time_zone);
    blocks.forEach((block, i) => {
      const day = blocks.length > 1 ? `, day ${i + 1}` : '';
      add(block.start, `Starts: ${session.title}${day}`);
      add(block.end, `Ends: ${session.title}${day}`);
    });
  }
  for (const item of withheld) if (item.date) add(startOf(item.date), `Published: ${item.what}`);
  const recruitment = config.timeline.recruitment;
  if (recruitment && !isNotPublished(recruitment.opens)) add(startOf(recruitment.opens), 'Recruitment opens');
  if (recruitment && !isNotPublished(recruitment.closes)) add(dayAfter(recruitment.closes), 'Replies to invitations close');
  if (config.submissions?.opens) add(startOf(config.submissions.opens), 'Submissions open');
  if (config.submissions?.closes) add(dayAfter(config.submissions.closes), 'Submissions close');
  if (config.timeline.archived) add(startOf(config.timeline.archived), 'The site becomes the permanent record');
  return found.filter((m) => m.at > now).sort((a, b) => a.at.getTime() - b.at.getTime() || a.assembly.localeCompare(b.assembly) || a.what.localeCompare(b.what));
}

/** "2027-03-06 10:00 UTC  riverside-2027  Starts: Session 1" */
export function momentLine(m: Moment): string {
  return `${m.at.toISOString().slice(0, 16).replace('T', ' ')} UTC  ${m.assembly}  ${m.what}`;
}

/** Minute, hour, day and month of a moment in a time zone, as cron fields. */
function cronFields(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, minute: 'numeric', hour: 'numeric', day: 'numeric', month: 'numeric', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'minute' | 'hour' | 'day' | 'month', number>;
  return `${parts.minute} ${parts.hour} ${parts.day} ${parts.month} *`;
}

/**
 * Crontab lines that build a minute after each moment, so the build sees it as passed; moments in
 * the same minute share one line. cron reads times in the server's own time zone, so they are
 * written in it (`timeZone`).
 */
export function cronLines(found: readonly Moment[], command: string, timeZone: string): string[] {
  return [...new Set(found.map((m) => `${cronFields(new Date(m.at.getTime() + 60_000), timeZone)} ${command}`))];
}

/** The same moments as entries for the `schedule:` of a GitHub Actions workflow, which runs on UTC. */
export function githubScheduleLines(found: readonly Moment[]): string[] {
  return [...new Set(found.map((m) => `    - cron: '${cronFields(new Date(m.at.getTime() + 60_000), 'UTC')}'`))];
}
