/** What several transparency rules ask of an assembly: sessions held and ended, evidence due, deadlines. */
import type { AssemblyConfig } from '../../../schema/assembly.ts';
import { phaseOf } from '../../site/phase.ts';
import { submissionsState } from '../../site/submissions.ts';
import { isNotPublished } from '../../site/figures.ts';
import { heldSessions, timesOf } from '../../site/sessions.ts';
import { today } from '../../time-zone.ts';

export const filled = (value: string | undefined) => value !== undefined && value.trim() !== '';
export const held = (config: AssemblyConfig) => heldSessions(config.sessions);
export const ended = (config: AssemblyConfig, now: Date) => held(config).filter((s) => timesOf(s, config.time_zone).end <= now);
export const endedIds = (config: AssemblyConfig, now: Date) => new Set(ended(config, now).map((s) => s.id));
/** Evidence given at a session that has ended (or not tied to a session), so it is due by now. */
export const evidenceDue = (config: AssemblyConfig, now: Date) => {
  const done = endedIds(config, now);
  return config.evidence.filter((e) => e.session === undefined || done.has(e.session));
};
/** Whether the assembly is taking sign-ups or submissions now or soon, so collects personal data. */
export const collecting = (config: AssemblyConfig, now: Date) => {
  const day = today(config, now);
  // A closing date that was never published counts as open, so the privacy notice is asked for.
  const open = (closes: string | undefined) => closes === undefined || isNotPublished(closes) || closes >= day;
  const recruiting =
    config.timeline.recruitment !== undefined &&
    open(config.timeline.recruitment.closes) &&
    held(config).every((s) => timesOf(s, config.time_zone).firstDay > day);
  const submissions = submissionsState(config, phaseOf(config, now), day);
  return recruiting || submissions === 'open' || submissions === 'not-yet';
};
/** Recorded video published before 23 September 2020 is exempt from the Accessibility Regulations (G57). */
export const captionsRequired = (date: string) => date >= '2020-09-23';
export const presented = (type: string) => ['talk', 'panel', 'question-and-answer', 'video'].includes(type);
export const firstSessionDate = (config: AssemblyConfig) => held(config).map((s) => timesOf(s, config.time_zone).firstDay).sort()[0];
export const firstDayOf = (config: AssemblyConfig, session: AssemblyConfig['sessions'][number]) => timesOf(session, config.time_zone).firstDay;
/** How a missing session, evidence item or output is named in the check. */
export const named = {
  session: (s: { id: string; title: string }) => ({ name: `session ${s.id}`, title: s.title }),
  evidence: (e: { id: string; title: string }) => ({ name: `evidence ${e.id}`, title: e.title }),
  output: (r: { id: string; title: string }) => ({ name: `recommendation ${r.id}`, title: r.title }),
  group: (g: { name: string }) => ({ name: g.name, title: g.name }),
};
/** A date that is "not published" is no deadline. */
export const dateOnly = (date: string | undefined) => (date === undefined || isNotPublished(date) ? undefined : date);
/** An expected month (2020-08) is due at its end. */
export const deadline = (date: string | undefined) => (date && /^\d{4}-\d{2}$/.test(date) ? lastDayOfMonth(date) : date);
export const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
export const addDays = (date: string | undefined, days: number) =>
  date === undefined ? undefined : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** When the report is due: its promised month counts to its last day. */
export const reportDue = (config: AssemblyConfig) => deadline(config.timeline.report_due);
