/** Sessions: when each is, whether it is streamed, what a change of plan allows, and its agenda's references. */
import type { FieldPath } from '../problems.ts';
import { toInstant } from '../../time-zone.ts';
import { error, type CrossCheck, type RuleProblem, type ValidSections } from './check.ts';
import { idsOf, reference, refId, refPath } from './ids.ts';

type LooseSession = NonNullable<NonNullable<ValidSections['sessions']>[number]>;
type LooseAgendaItem = LooseSession['agenda'];

/** When a session is: either start (and end) or days, each consistent. */
function sessionTiming(session: LooseSession, s: number, zone: string, written: Record<string, unknown>): RuleProblem[] {
  const at = (...rest: Array<string | number>): FieldPath => ['sessions', s, ...rest];
  const days = session.days ?? [];
  if (days.length > 0) {
    const problems: RuleProblem[] = [];
    if (session.start || session.end) problems.push(error(at('days'), 'Give either start and end, or days, not both. Keep days and remove start and end.'));
    if ((session.agenda?.length ?? 0) > 0) problems.push(error(at('agenda'), 'With days, each day has its own agenda. Move these items under days[].agenda.'));
    const seen = new Set<string>();
    days.forEach((day, d) => {
      if (!day?.date) return;
      if (seen.has(day.date)) problems.push(error(at('days', d, 'date'), `${day.date} is listed twice. Give each day once.`));
      seen.add(day.date);
      if ((day.start === undefined) !== (day.end === undefined)) {
        problems.push(error(at('days', d, day.start ? 'end' : 'start'), 'Give both the start and the end of the day, or neither when the times were not published.'));
      } else if (day.start && day.end && day.end <= day.start) {
        problems.push(error(at('days', d, 'end'), `The day ends (${day.end}) before it starts (${day.start}). Check both times.`));
      }
    });
    return problems;
  }
  if (!session.start) {
    if (written['start'] !== undefined) return [];
    return session.end
      ? [error(at('start'), 'This session has an end but no start. Add start.')]
      : [error(at('start'), 'This session has no date. Add start (a date and time, or a date when the times are not known) and end, or list its days.')];
  }
  const timed = session.start.includes('T');
  if (!session.end) return timed ? [error(at('end'), 'A session with a start time needs an end time. Add end, for example end: ' + `${session.start.slice(0, 10)}T16:00.`)] : [];
  if (session.end.includes('T') !== timed) {
    return [error(at('end'), 'Write start and end the same way: both with times (2027-03-06T10:00), or both as dates (2027-03-06) when the times are not known.')];
  }
  const ends = timed ? toInstant(session.end, zone) <= toInstant(session.start, zone) : session.end < session.start;
  return ends ? [error(at('end'), `The session ends (${session.end}) before it starts (${session.start}). Check both ${timed ? 'times' : 'dates'}.`)] : [];
}

/** Each session's problems from `check`, with its index. */
const eachSession = (check: (session: LooseSession, s: number) => RuleProblem[]) => (config: ValidSections) =>
  (config.sessions ?? []).flatMap((session, s) => (session ? check(session, s) : []));

export const sessionChecks: CrossCheck[] = [
  {
    id: 'sessions.timing',
    run: (config, raw) => {
      const written = (raw as { sessions?: unknown[] } | null)?.sessions ?? [];
      const zone = config.time_zone ?? 'Europe/London';
      return eachSession((session, s) => sessionTiming(session, s, zone, (written[s] ?? {}) as Record<string, unknown>))(config);
    },
  },
  {
    // G18: a session kept off the stream says why.
    id: 'sessions.not-streamed-reason',
    run: eachSession((session, s) =>
      !session.streamed && !session.not_streamed_reason
        ? [error(['sessions', s, 'not_streamed_reason'], 'Sessions that are not streamed must say why (G18). Add not_streamed_reason, or set streamed: true.')]
        : [],
    ),
  },
  {
    id: 'sessions.livestream-when-streamed',
    run: eachSession((session, s) =>
      !session.streamed && session.livestream
        ? [error(['sessions', s, 'livestream'], 'This session has a livestream link but streamed is false. Set streamed: true, or remove the link.')]
        : [],
    ),
  },
  {
    id: 'sessions.cancelled-without-video',
    run: eachSession((session, s) =>
      session.change?.status === 'cancelled' && (session.recording || session.livestream)
        ? [error(['sessions', s, 'change', 'status'], 'A cancelled session cannot have a livestream or recording. Remove them, or change the status.')]
        : [],
    ),
  },
  {
    id: 'sessions.moved-online',
    run: eachSession((session, s) =>
      session.change?.status === 'moved-online' && session.online === false
        ? [error(['sessions', s, 'online'], 'The session was moved online, but online is false. Set online: true.')]
        : [],
    ),
  },
  {
    id: 'sessions.agenda-references',
    run: (config) => {
      const speakers = idsOf(config.speakers);
      const evidence = idsOf(config.evidence);
      const problems: RuleProblem[] = [];
      const agenda = (items: LooseAgendaItem, path: FieldPath) =>
        items?.forEach((item, a) => {
          item?.speakers?.forEach((ref, k) => problems.push(...reference(refPath([...path, a, 'speakers', k], ref), refId(ref), speakers, 'speaker', 'speakers')));
          item?.evidence?.forEach((id, k) => problems.push(...reference([...path, a, 'evidence', k], id, evidence, 'evidence item', 'evidence')));
        });
      config.sessions?.forEach((session, s) => {
        agenda(session?.agenda, ['sessions', s, 'agenda']);
        session?.days?.forEach((day, d) => agenda(day?.agenda, ['sessions', s, 'days', d, 'agenda']));
        session?.parallel_groups?.forEach((group, g) => agenda(group?.agenda, ['sessions', s, 'parallel_groups', g, 'agenda']));
      });
      return problems;
    },
  },
];
