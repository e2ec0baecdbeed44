/**
 * What an assembly's home page leads with in each phase (G46: the site serves before, during and
 * after): how to take part and how members are chosen before; the session and the latest evidence
 * during; the report, the recommendations and what the commissioner did after; the record and how
 * to cite it once archived. Pages only lay out what this returns.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { countText, paragraphs } from './format.ts';
import { outputCounts, outputKindNames } from './outputs.ts';
import type { Phase } from './phase.ts';
import { expectsResponse, responseEvents, responseEventLabels, responseView, statusKey, type StatusKey } from './response.ts';
import { timesOf } from './sessions.ts';

export type HomeFocus = 'joining' | 'sessions' | 'outcome' | 'record';

const focusOf: Record<Phase, HomeFocus> = {
  announced: 'joining',
  recruiting: 'joining',
  'in-session': 'sessions',
  'sessions-ended': 'sessions',
  'report-published': 'outcome',
  'response-published': 'outcome',
  'following-up': 'outcome',
  archived: 'record',
};

export const homeFocus = (phase: Phase): HomeFocus => focusOf[phase];

/** One line of the response in numbers: "2 accepted". */
export interface TallyLine {
  key: 'accepted' | 'partly-accepted' | 'not-accepted' | 'pending' | Exclude<StatusKey, 'accepted' | 'partly-accepted' | 'not-accepted' | 'under-consideration' | 'awaiting-response' | 'no-response-expected'>;
  count: number;
  text: string;
}

/** Statuses that are not a decision yet: the commissioner is considering it, or has not answered. */
const pendingStatuses: ReadonlySet<StatusKey> = new Set(['under-consideration', 'awaiting-response']);

const tallyWords: Record<TallyLine['key'], string> = {
  accepted: 'accepted',
  'partly-accepted': 'partly accepted',
  'not-accepted': 'not accepted',
  pending: 'not decided yet',
  noted: 'noted without a decision',
  referred: 'passed to another body',
  'answered-by-theme': 'answered as part of a group',
  'answered-in-general': 'answered only in general',
  'not-recorded': 'answered, but the answer is not recorded here',
};

/**
 * The response to the recommendations in numbers: accepted, partly, not, not decided yet, then
 * any other way they were answered. Principles and visions ask nothing, so are not counted.
 */
export function responseTally(config: Pick<AssemblyConfig, 'recommendations' | 'response' | 'themes' | 'commitment'>, today: string): { total: number; lines: TallyLine[] } {
  const answerable = config.recommendations.filter(expectsResponse);
  const counts = new Map<TallyLine['key'], number>();
  for (const output of answerable) {
    const status = statusKey(responseView(config, output, today));
    const key = pendingStatuses.has(status) ? 'pending' : (status as TallyLine['key']);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = Object.keys(tallyWords) as Array<TallyLine['key']>;
  const lines = order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key)!, text: `${counts.get(key)} ${tallyWords[key]}` }));
  return { total: answerable.length, lines };
}

/** "Of the 6 recommendations" / "Of the 1 call to action": what the tally counts. */
export function tallyHeading(config: Pick<AssemblyConfig, 'recommendations'>): string {
  const answerable = config.recommendations.filter(expectsResponse);
  const calls = answerable.filter((o) => o.kind === 'call-to-action').length;
  const recommendations = answerable.length - calls;
  const parts = [recommendations > 0 && countText(recommendations, 'recommendation'), calls > 0 && countText(calls, 'call to action', 'calls to action')].filter(Boolean);
  return `The response to ${parts.join(' and ')}`;
}

/** The link to the outputs: "All 6 recommendations and 3 principles", or "The recommendation" when there is one. */
export function allOutputsText(outputs: readonly Pick<AssemblyConfig['recommendations'][number], 'kind'>[]): string {
  return outputs.length === 1 ? `The ${outputKindNames[outputs[0]!.kind].singular}` : `All ${outputCounts(outputs)}`;
}

/** Something that happened after the report, for "What happened since". */
export interface Happening {
  date: string;
  /** What happened, as written in the record. */
  text: string;
  /** What it is: a kind of response event, or the recommendation an update is about. */
  about: string;
  /** The recommendation it is about, for a link; none for the response's own events. */
  recommendation?: string | undefined;
  illustrative: boolean;
}

/** The latest events of the response and progress updates on recommendations, newest first. */
export function happenedSince(config: Pick<AssemblyConfig, 'recommendations' | 'response'>, today: string, limit = 3): Happening[] {
  const events: Happening[] = responseEvents(config, today).map((e) => ({ date: e.date, text: e.title, about: responseEventLabels[e.kind], illustrative: e.illustrative }));
  const updates: Happening[] = config.recommendations.flatMap((r) =>
    r.implementation.filter((u) => u.date <= today).map((u) => ({ date: u.date, text: u.text, about: `Update on “${r.title}”`, recommendation: r.id, illustrative: u.illustrative })),
  );
  return [...events, ...updates].sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}

/** The newest evidence: by the day it was published, else the first day of its session. */
export function latestEvidence<E extends Pick<AssemblyConfig['evidence'][number], 'published' | 'session'>>(
  config: Pick<AssemblyConfig, 'sessions' | 'time_zone'> & { evidence: readonly E[] },
  limit = 3,
): E[] {
  const dayOf = (item: E) => {
    if (item.published) return item.published;
    const session = config.sessions.find((s) => s.id === item.session);
    return session ? timesOf(session, config.time_zone).firstDay : '';
  };
  return config.evidence
    .map((item, index) => ({ item, index, day: dayOf(item) }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.index - b.index)
    .slice(0, limit)
    .map((e) => e.item);
}

/** The first paragraph of how members are chosen, for the home page; the members page has the rest. */
export function selectionIntro(config: Pick<AssemblyConfig, 'members'>): string | undefined {
  return paragraphs(config.members?.selection?.method)[0];
}

