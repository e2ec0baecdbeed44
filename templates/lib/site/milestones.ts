/**
 * "Where we are": the steps of an assembly with their dates, marked done, now or to come, so
 * visitors see the whole process at a glance (G7, G46), and what they can do in this phase.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { Phase } from './phase.ts';

export type MilestoneState = 'done' | 'current' | 'upcoming';

export interface Milestone {
  phase: Exclude<Phase, 'announced' | 'archived'>;
  label: string;
  /** First and last dates (YYYY-MM-DD), as far as known. */
  from?: string | undefined;
  to?: string | undefined;
  /** True when the date is a promise or an expectation, not a fact yet. */
  expected: boolean;
  state: MilestoneState;
}

const order: Milestone['phase'][] = ['recruiting', 'in-session', 'report-published', 'response-published', 'following-up'];

export function milestones(config: AssemblyConfig, phase: Phase, today: string): Milestone[] {
  const sessionDays = config.sessions.map((s) => s.start.slice(0, 10)).sort();
  const sessionEnds = config.sessions.map((s) => s.end.slice(0, 10)).sort();
  const reviews = config.timeline.reviews.map((r) => r.date).sort();
  const updates = config.recommendations.flatMap((r) => r.implementation.map((u) => u.date)).sort();
  const current = phase === 'archived' ? order.length : order.indexOf(phase as Milestone['phase']);
  const stateOf = (index: number): MilestoneState => (index < current ? 'done' : index === current ? 'current' : 'upcoming');
  const dated = (date: string | undefined) => date !== undefined && date <= today;
  const all: Array<Omit<Milestone, 'state'>> = [
    { phase: 'recruiting', label: 'Recruiting members', from: config.timeline.recruitment?.opens, to: config.timeline.recruitment?.closes, expected: !dated(config.timeline.recruitment?.closes) },
    { phase: 'in-session', label: 'Sessions', from: sessionDays[0], to: sessionEnds.at(-1), expected: !dated(sessionEnds.at(-1)) },
    { phase: 'report-published', label: 'Report', from: config.report?.date ?? config.timeline.report_due, expected: !config.report },
    { phase: 'response-published', label: 'Official response', from: config.response?.date ?? config.commitment?.respond_by, expected: !config.response },
    { phase: 'following-up', label: 'Following up', from: updates[0] ?? reviews[0], to: updates.at(-1) ?? reviews.at(-1), expected: updates.length === 0 },
  ];
  return all.map((m, index) => ({ ...m, state: stateOf(index) }));
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
  if (phase === 'recruiting' && recruitment && today <= recruitment.closes) {
    actions.push({ kind: 'reply-to-invitation', until: recruitment.closes });
  }
  const submissions = config.submissions;
  if (submissions && (!submissions.opens || submissions.opens <= today) && (!submissions.closes || today <= submissions.closes)) {
    actions.push({ kind: 'send-submission', until: submissions.closes });
  }
  return actions;
}
