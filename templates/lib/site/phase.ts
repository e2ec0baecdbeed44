/**
 * The phase an assembly is in, worked out from its dates (G46: the site serves before, during and
 * after). "Today" comes from SOURCE_DATE_EPOCH when set, so a build can be reproduced exactly.
 */
import type { AssemblyConfig, Session } from '../../schema/assembly.ts';
import { responded, updatesSinceResponse } from './response.ts';
import { heldSessions, timesOf } from './sessions.ts';
import { today } from '../time-zone.ts';

export const phases = [
  'announced',
  'recruiting',
  'in-session',
  'sessions-ended',
  'report-published',
  'response-published',
  'following-up',
  'archived',
] as const;
export type Phase = (typeof phases)[number];

/**
 * "Now" for the pages. Without SOURCE_DATE_EPOCH it is the current minute, so every page of a
 * build (and the per-build memos keyed on it) see the same moment, while `npm run dev` still moves on.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, clock: () => number = Date.now): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Math.floor(clock() / 60_000) * 60_000);
}

type PhaseInput = Pick<AssemblyConfig, 'timeline' | 'sessions' | 'report' | 'response' | 'recommendations' | 'time_zone'>;

const phasesSeen = new WeakMap<PhaseInput, Map<number, Phase>>();

/** Every page asks for the phase; it is worked out once per config and moment. */
export function phaseOf(config: PhaseInput, now: Date): Phase {
  let seen = phasesSeen.get(config);
  if (!seen) phasesSeen.set(config, (seen = new Map()));
  const known = seen.get(now.getTime());
  if (known) return known;
  const phase = workOutPhase(config, now);
  seen.set(now.getTime(), phase);
  return phase;
}

/** Whether the site is the permanent record: archived, no longer updated, nothing to sign up for. */
export function isArchived(config: PhaseInput, now: Date = buildDate()): boolean {
  return phaseOf(config, now) === 'archived';
}

function workOutPhase(config: PhaseInput, now: Date): Phase {
  const day = today(config, now);
  const reached = (date: string | undefined) => date !== undefined && date <= day;
  const times = heldSessions(config.sessions).map((s) => timesOf(s, config.time_zone));
  const starts = times.map((t) => t.start.getTime());
  const ends = times.map((t) => t.end.getTime());
  const answered = responded(config, day);
  const updates = updatesSinceResponse(config).some(reached);

  if (reached(config.timeline.archived)) return 'archived';
  if (answered && updates) return 'following-up';
  if (answered) return 'response-published';
  if (reached(config.report?.date)) return 'report-published';
  // Once the last session has ended, members are no longer meeting: the report is still to come.
  if (ends.length > 0 && Math.max(...ends) <= now.getTime()) return 'sessions-ended';
  if (starts.length > 0 && Math.min(...starts) <= now.getTime()) return 'in-session';
  if (reached(config.timeline.recruitment?.opens)) return 'recruiting';
  return 'announced';
}

/** The session happening now, else the next one to come (cancelled ones never are). */
export function currentOrNextSession<T extends Pick<Session, 'start' | 'end' | 'days' | 'change'>>(
  sessions: readonly T[],
  zone: string,
  now: Date,
): { session: T; live: boolean } | undefined {
  const timed = heldSessions(sessions)
    .map((session) => ({ session, ...timesOf(session, zone) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const live = timed.find((t) => t.start <= now && now < t.end);
  if (live) return { session: live.session, live: true };
  const next = timed.find((t) => t.start > now);
  return next ? { session: next.session, live: false } : undefined;
}

/**
 * Everything about "now" that pages can show: the date, and which session starts and ends have
 * passed. Two moments with the same value render the same pages (the incremental build's key).
 */
export function timelineMoment(config: { sessions: ReadonlyArray<Pick<Session, 'start' | 'end' | 'days'>>; time_zone: string }, now: Date): string {
  const passed = config.sessions
    .flatMap((s) => timesOf(s, config.time_zone).blocks.flatMap((b) => [b.start, b.end]))
    .filter((time) => time <= now).length;
  return `${today(config, now)} ${passed}`;
}
