/**
 * "Where we are": the steps of an assembly with their dates, in date order, marked done, now or to
 * come, so visitors see the whole process at a glance (G7, G46), and what they can do in this phase.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { isNotPublished } from './figures.ts';
import { answeringEvents, promisedBy, updatesSinceResponse } from './response.ts';
import type { Phase } from './phase.ts';
import { heldSessions, timesOf } from './sessions.ts';
import { today } from '../time-zone.ts';
import { submissionsState } from './submissions.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';

export type MilestoneState = 'done' | 'current' | 'upcoming';

export interface Milestone {
  label: string;
  /** First and last dates (YYYY-MM-DD, or YYYY-MM for an expected month), as far as known. */
  from?: string | undefined;
  to?: string | undefined;
  /** True when the date is a promise or an expectation, not a fact yet. */
  expected: boolean;
  /** Something the dates cannot say, such as a closing date that was never published. */
  note?: string | undefined;
  state: MilestoneState;
}

/** The step each phase is at: once the sessions have finished, the report is the step in progress. */
const stepOf: Record<Exclude<Phase, 'announced' | 'archived'>, number> = {
  recruiting: 0,
  'in-session': 1,
  'sessions-ended': 2,
  'report-published': 2,
  'response-published': 3,
  'following-up': 4,
};

export function milestones(config: AssemblyConfig, phase: Phase, now: Date, { text }: Messages = messagesFor('en-GB')): Milestone[] {
  const day = today(config, now);
  const zone = config.time_zone;
  const held = heldSessions(config.sessions).map((s) => ({ session: s, times: timesOf(s, zone) }));
  // Sessions after the report (to hear the response, say) are steps of their own, in date order.
  const reportDate = config.report?.date;
  const later = reportDate ? held.filter((h) => h.times.firstDay > reportDate) : [];
  const main = held.filter((h) => !later.includes(h));
  const firstDay = main.map((h) => h.times.firstDay).sort()[0];
  const lastDay = main.map((h) => h.times.lastDay).sort().at(-1);
  const reviews = config.timeline.reviews.map((r) => r.date).sort();
  const updates = updatesSinceResponse(config);
  const current = phase === 'archived' ? Number.POSITIVE_INFINITY : phase === 'announced' ? -1 : stepOf[phase];
  const stateOf = (index: number): MilestoneState => (index < current ? 'done' : index === current ? 'current' : 'upcoming');
  const dated = (date: string | undefined) => date !== undefined && date <= day;
  const recruitment = config.timeline.recruitment;
  const opens = recruitment && !isNotPublished(recruitment.opens) ? recruitment.opens : undefined;
  const closes = recruitment && !isNotPublished(recruitment.closes) ? recruitment.closes : undefined;
  const firstEvent = (config.response?.events ?? []).filter((e) => answeringEvents.has(e.kind)).map((e) => e.date).sort()[0];
  const responseDate = config.response?.date ?? firstEvent;
  const steps: Array<Omit<Milestone, 'state'>> = [
    {
      label: text('milestone.recruiting'),
      from: opens,
      to: closes,
      expected: closes ? !dated(closes) : !dated(opens),
      note: recruitment && isNotPublished(recruitment.closes) ? text('milestone.closing-unpublished') : undefined,
    },
    { label: text('milestone.sessions'), from: firstDay, to: lastDay, expected: !dated(lastDay) },
    {
      label: text('milestone.report'),
      from: reportDate ?? config.timeline.report_due,
      expected: !config.report,
      // A due date that has passed without a report is said, not left to read as a promise still to come.
      note: !config.report && config.timeline.report_due !== undefined && config.timeline.report_due < day.slice(0, config.timeline.report_due.length) ? text('milestone.not-published-yet') : undefined,
    },
    { label: text('milestone.response'), from: responseDate ?? promisedBy(config), expected: responseDate === undefined },
    { label: text('milestone.following-up'), from: updates[0] ?? reviews[0], to: updates.at(-1) ?? reviews.at(-1), expected: updates.length === 0 },
  ];
  const items: Milestone[] = steps.map((m, index) => ({ ...m, state: stateOf(index) }));
  for (const { session, times } of later) {
    const state: MilestoneState = times.end <= now ? 'done' : times.start <= now ? 'current' : 'upcoming';
    items.push({ label: session.title, from: times.firstDay, to: times.lastDay, expected: state === 'upcoming', state });
  }
  return inDateOrder(items);
}

/**
 * Dated steps by date; an undated step keeps its place after the step before it, or goes last if
 * it is still to come (the first step, with none before it, stays first).
 */
function inDateOrder(items: Milestone[]): Milestone[] {
  let previous = '';
  const keyed = items.map((item, index) => {
    const key = item.from ?? item.to ?? (item.state === 'upcoming' && index > 0 ? '9999' : previous);
    previous = key;
    return { item, key, index };
  });
  return keyed.sort((a, b) => a.key.localeCompare(b.key) || a.index - b.index).map((k) => k.item);
}

/** Something a visitor can do in this phase, until a date if there is one. */
export interface CallToAction {
  kind: 'reply-to-invitation' | 'send-submission';
  until?: string | undefined;
}

/** What a visitor can do now. None once the assembly is archived. */
export function callsToAction(config: AssemblyConfig, phase: Phase, today: string): CallToAction[] {
  if (phase === 'archived') return [];
  const actions: CallToAction[] = [];
  const recruitment = config.timeline.recruitment;
  if (phase === 'recruiting' && recruitment) {
    const closes = isNotPublished(recruitment.closes) ? undefined : recruitment.closes;
    if (closes === undefined || today <= closes) actions.push({ kind: 'reply-to-invitation', until: closes });
  }
  if (submissionsState(config, phase, today) === 'open') actions.push({ kind: 'send-submission', until: config.submissions?.closes });
  return actions;
}
