/** Dates across sections that must come in order: announced, recruitment, sessions, report, response, updates. */
import type { FieldPath } from '../problems.ts';
import { error, type CrossCheck, type ValidSections } from './check.ts';
import { isDate } from './figures.ts';

type LooseSession = NonNullable<NonNullable<ValidSections['sessions']>[number]>;

/** The first and last day of a loose session, as YYYY-MM-DD. */
function sessionDates(session: LooseSession | undefined): [string, string] | undefined {
  if (!session) return undefined;
  const days = (session.days ?? []).flatMap((d) => (isDate(d?.date) ? [d.date] : [])).sort();
  if (days.length > 0) return [days[0]!, days.at(-1)!];
  if (!isDate(session.start)) return undefined;
  return [session.start.slice(0, 10), (isDate(session.end) ? session.end : session.start).slice(0, 10)];
}

function label(path: FieldPath): string {
  if (path.length === 1 && path[0] === 'sessions') return 'the sessions';
  return path.length === 1 ? String(path[0]) : path.join('.');
}

export const dateChecks: CrossCheck[] = [
  {
    id: 'dates.in-order',
    run: (config) => {
      /** Pairs of dates that must be in order: [earlier path, earlier, later path, later]. */
      const pairs: Array<[FieldPath, string | undefined, FieldPath, string | undefined]> = [];
      const { timeline, sessions, report, response, submissions, site } = config;
      const held = (sessions ?? []).filter((s) => s?.change?.status !== 'cancelled');
      const spans = held.flatMap((s) => {
        const dates = sessionDates(s);
        return dates ? [dates] : [];
      });
      const firstSession = spans.map(([first]) => first).sort()[0];
      const lastSession = spans.map(([, last]) => last).sort().at(-1);
      const dated = (value: string | undefined) => (isDate(value) ? value : undefined);
      if (timeline) {
        pairs.push([['timeline', 'announced'], timeline.announced, ['timeline', 'recruitment', 'opens'], dated(timeline.recruitment?.opens)]);
        pairs.push([['timeline', 'recruitment', 'opens'], dated(timeline.recruitment?.opens), ['timeline', 'recruitment', 'closes'], dated(timeline.recruitment?.closes)]);
        pairs.push([['timeline', 'recruitment', 'closes'], dated(timeline.recruitment?.closes), ['sessions'], firstSession]);
        pairs.push([['sessions'], lastSession, ['timeline', 'archived'], timeline.archived]);
      }
      // Sessions may follow the report (one to hear the response, say), but the report follows the first.
      if (report) pairs.push([['the first session'], firstSession, ['report', 'date'], report.date]);
      if (response) pairs.push([['report', 'date'], report?.date, ['response', 'date'], response.date]);
      if (submissions) pairs.push([['submissions', 'opens'], submissions.opens, ['submissions', 'closes'], submissions.closes]);
      if (site?.accessibility) pairs.push([['site', 'accessibility', 'prepared'], site.accessibility.prepared, ['site', 'accessibility', 'last_reviewed'], site.accessibility.last_reviewed]);
      config.recommendations?.forEach((rec, r) => {
        if (!rec) return;
        if (rec.response?.date) pairs.push([['report', 'date'], report?.date, ['recommendations', r, 'response', 'date'], rec.response.date]);
        rec.implementation?.forEach((update, u) =>
          pairs.push([['recommendations', r, 'response', 'date'], rec.response?.date ?? response?.date ?? report?.date, ['recommendations', r, 'implementation', u, 'date'], update?.date]),
        );
      });
      return pairs.flatMap(([earlierPath, earlier, laterPath, later]) =>
        earlier && later && later < earlier
          ? [error(laterPath, `This date (${later}) comes before ${label(earlierPath)} (${earlier}), but it should come after. Check both dates.`)]
          : [],
      );
    },
  },
];
