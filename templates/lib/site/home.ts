/**
 * What an assembly's home page leads with in each phase (G46: the site serves before, during and
 * after): how to take part and how members are chosen before; the session and the latest evidence
 * during; the report, the recommendations and what the commissioner did after; the record and how
 * to cite it once archived. Pages only lay out what this returns.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { countText, paragraphs } from './format.ts';
import type { Phase } from './phase.ts';
import { expectsResponse, responseEvents, responseView, statusKey, type StatusKey } from './response.ts';
import { evidenceDay } from './evidence.ts';
import { responseEventLabels } from './labels.ts';

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
  key: Exclude<StatusKey, 'no-response-expected'>;
  count: number;
  text: string;
}

/** In the order a reader wants them: decisions first, then what is still open, then other answers. */
const tallyWords: Record<TallyLine['key'], string> = {
  accepted: 'accepted',
  'partly-accepted': 'partly accepted',
  'not-accepted': 'not accepted',
  'under-consideration': 'under consideration',
  'awaiting-response': 'awaiting a response',
  noted: 'noted without a decision',
  referred: 'passed to another body',
  'answered-by-theme': 'answered as part of a group',
  'answered-in-general': 'answered only in general',
  'not-recorded': 'with an answer not recorded here',
};

/**
 * The response to the recommendations in numbers, each status as the record gives it (an answer
 * "under consideration" is as of that answer, not a claim about today), with what is counted:
 * "The response to 6 recommendations". Principles and visions ask nothing, so are not counted.
 */
export function responseTally(config: Pick<AssemblyConfig, 'recommendations' | 'response' | 'themes' | 'commitment'>, today: string): { heading: string; lines: TallyLine[] } {
  const answerable = config.recommendations.filter(expectsResponse);
  const counts = new Map<TallyLine['key'], number>();
  for (const output of answerable) {
    const key = statusKey(responseView(config, output, today)) as TallyLine['key'];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = Object.keys(tallyWords) as Array<TallyLine['key']>;
  const lines = order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key)!, text: `${counts.get(key)} ${tallyWords[key]}` }));
  const calls = answerable.filter((o) => o.kind === 'call-to-action').length;
  const recommendations = answerable.length - calls;
  const counted = [recommendations > 0 && countText(recommendations, 'recommendation'), calls > 0 && countText(calls, 'call to action', 'calls to action')].filter(Boolean);
  return { heading: `The response to ${counted.join(' and ')}`, lines };
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

/**
 * The newest evidence members have had: by the day it was published, else the first day of its
 * session. Evidence for a session still to come is not "latest evidence" yet.
 */
export function latestEvidence<E extends Pick<AssemblyConfig['evidence'][number], 'published' | 'session'>>(
  config: Pick<AssemblyConfig, 'sessions' | 'time_zone'> & { evidence: readonly E[] },
  today: string,
  limit = 3,
): E[] {
  return config.evidence
    .map((item, index) => ({ item, index, day: evidenceDay(item, config) ?? '' }))
    .filter((e) => e.day <= today)
    .sort((a, b) => b.day.localeCompare(a.day) || a.index - b.index)
    .slice(0, limit)
    .map((e) => e.item);
}

/** The first paragraph of how members are chosen, for the home page; the members page has the rest. */
export function selectionIntro(config: Pick<AssemblyConfig, 'members'>): string | undefined {
  return paragraphs(config.members?.selection?.method)[0];
}

