/**
 * The commissioner's answer to each output (G32, G35), in the form it was actually given: a
 * decision on the output itself, an answer for its theme or goal, a general answer that declined
 * to go point by point, or none yet. Pages never say "awaiting response" when a response exists
 * in another form, and never expect a response to a principle or a vision.
 */
import type { AssemblyConfig, Recommendation } from '../../schema/assembly.ts';
import type { outputKinds, responseEventKinds, responseStatuses } from '../../schema/recommendations.ts';
import { isNotPublished } from './figures.ts';
import { formatDate, listText } from './format.ts';
import { themeOf } from './themes.ts';

export type ResponseStatus = (typeof responseStatuses)[number];

/** Only these kinds of output ask something of the commissioner. */
const answerable: ReadonlySet<(typeof outputKinds)[number]> = new Set(['recommendation', 'call-to-action']);
export const expectsResponse = (output: Pick<Recommendation, 'kind'>) => answerable.has(output.kind);

type ResponseConfig = Pick<AssemblyConfig, 'response' | 'themes' | 'commitment'>;
type Answerable = Pick<Recommendation, 'kind' | 'theme' | 'response'>;

export type ResponseView =
  /** A decision on this output. */
  | { kind: 'decision'; status: ResponseStatus; text: string | undefined; date: string | undefined; setBy: 'commissioner' | 'editors'; source: string | undefined; illustrative: boolean }
  /** Answered with its theme or goal as a whole. */
  | { kind: 'theme'; themeTitle: string; status: ResponseStatus | undefined; text: string; date: string | undefined; setBy: 'commissioner' | 'editors'; source: string | undefined; illustrative: boolean }
  /** The response answered in general and declined to answer point by point. */
  | { kind: 'general' }
  /** A response was published, but this output's answer is not recorded on the site. */
  | { kind: 'not-recorded' }
  /** No response has been published yet. */
  | { kind: 'awaiting' }
  /** A principle, vision or statement: nothing is asked of the commissioner. */
  | { kind: 'not-expected' };

/**
 * Steps of the process that answer the assembly. A debate, an inquiry or a committee's report is
 * part of what happened next, but only the commissioner's own reply (or a referendum, or an Act)
 * is its response: until then the site does not say the response has been published.
 */
export const answeringEvents: ReadonlySet<(typeof responseEventKinds)[number]> = new Set(['response-document', 'government-reply', 'referendum', 'legislation']);

/** Whether the response as a whole (a document, or an answering event) has been given by `today`. */
export function responseGiven(config: Pick<AssemblyConfig, 'response'>, today: string): boolean {
  const response = config.response;
  if (!response) return false;
  return (response.date !== undefined && response.date <= today) || response.events.some((e) => answeringEvents.has(e.kind) && e.date <= today);
}

/** The first day a response of any form was given, as far as the record says. */
export function responseStart(config: Pick<AssemblyConfig, 'response' | 'recommendations'>): string | undefined {
  const dates = [
    config.response?.date,
    ...(config.response?.events ?? []).filter((e) => answeringEvents.has(e.kind)).map((e) => e.date),
    ...config.recommendations.map((r) => r.response?.date),
  ].filter((d): d is string => d !== undefined);
  return dates.sort()[0];
}

/**
 * Dates of what followed the response up: progress updates on recommendations, and the debates,
 * inquiries, committee reports and meetings that came after it (an answering event is the response
 * itself). What came before the response is not following it up.
 */
export function updatesSinceResponse(config: Pick<AssemblyConfig, 'response' | 'recommendations'>): string[] {
  const start = responseStart(config);
  if (start === undefined) return [];
  const updates = config.recommendations.flatMap((r) => r.implementation.map((u) => u.date));
  const events = (config.response?.events ?? []).filter((e) => !answeringEvents.has(e.kind)).map((e) => e.date);
  return [...updates, ...events].filter((d) => d >= start).sort();
}

/** Whether a response of any form has been given by `today`: as a whole, or on a recommendation. */
export function responded(config: Pick<AssemblyConfig, 'response' | 'recommendations'>, today: string): boolean {
  return responseGiven(config, today) || config.recommendations.some((r) => r.response?.date !== undefined && r.response.date <= today);
}

export function responseView(config: ResponseConfig, output: Answerable, today: string): ResponseView {
  const response = config.response;
  if (output.response) {
    const r = output.response;
    return { kind: 'decision', status: r.status, text: r.text, date: r.date ?? response?.date, setBy: r.set_by, source: r.source, illustrative: r.illustrative };
  }
  if (!expectsResponse(output)) return { kind: 'not-expected' };
  if (!response || !responseGiven(config, today)) return { kind: 'awaiting' };
  const theme = themeOf(config, output);
  if (theme?.response) {
    const r = theme.response;
    return { kind: 'theme', themeTitle: theme.title, status: r.status, text: r.text, date: r.date ?? response.date, setBy: r.set_by, source: r.source, illustrative: r.illustrative };
  }
  if (response.answers === 'general') return { kind: 'general' };
  return { kind: 'not-recorded' };
}

/** The date by which the commissioner promised to respond, when one was given. */
export function promisedBy(config: Pick<AssemblyConfig, 'commitment'>): string | undefined {
  const date = config.commitment?.respond_by;
  return date === undefined || isNotPublished(date) ? undefined : date;
}

/**
 * Said wherever no response has been given yet (home, Response page, each recommendation): who
 * has not responded, and the date they committed to, saying when that date has passed.
 */
export function notRespondedText(config: Pick<AssemblyConfig, 'commissioners' | 'commitment'>, today: string): string {
  const who = commissionersText(config);
  const by = promisedBy(config);
  const promise = by === undefined ? '' : ` ${who.pronoun} committed to respond by ${formatDate(by)}${by < today.slice(0, by.length) ? ', which has passed' : ''}.`;
  return `${who.names} ${who.has} not responded yet.${promise}`;
}

/** "Test Council has", "A and B have": the commissioners as the subject of a sentence. */
export function commissionersText(config: Pick<AssemblyConfig, 'commissioners'>): { names: string; has: 'has' | 'have'; pronoun: 'It' | 'They' } {
  const names = listText(config.commissioners.map((c) => c.name));
  const several = config.commissioners.length > 1;
  return { names, has: several ? 'have' : 'has', pronoun: several ? 'They' : 'It' };
}

/** Keys for filtering and open data: a decision's status, or how the output was otherwise answered. */
export type StatusKey = ResponseStatus | 'answered-by-theme' | 'answered-in-general' | 'not-recorded' | 'awaiting-response' | 'no-response-expected';

export function statusKey(view: ResponseView): StatusKey {
  switch (view.kind) {
    case 'decision':
      return view.status;
    case 'theme':
      // A decision on a whole goal is not a decision on each recommendation in it.
      return 'answered-by-theme';
    case 'general':
      return 'answered-in-general';
    case 'not-recorded':
      return 'not-recorded';
    case 'awaiting':
      return 'awaiting-response';
    case 'not-expected':
      return 'no-response-expected';
  }
}

/** The response's events that have happened by `today`, oldest first. */
export function responseEvents(config: Pick<AssemblyConfig, 'response'>, today: string) {
  return [...(config.response?.events ?? [])].filter((e) => e.date <= today).sort((a, b) => a.date.localeCompare(b.date));
}
