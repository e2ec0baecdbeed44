/**
 * Nothing is published before its date. An assembly's record may hold the report, votes, the
 * response and its events, progress updates, news, evidence and the evaluation ahead of time; the
 * site shows each from its date, and never what is marked `draft: true`. Every output (pages,
 * search, feeds, calendars, open data, report files, archive) is built from what this returns, so
 * none can leak what another withholds; `npm run check` lists what is scheduled and assesses only
 * what is published.
 */
import type { AssemblyConfig, Recommendation } from '../../schema/assembly.ts';
import { formatDate } from './format.ts';
import { today } from '../time-zone.ts';

/** Something kept off the site: until `date`, or (a draft) until the organisers publish it. */
export interface Withheld {
  what: string;
  /** YYYY-MM-DD, or undefined for a draft. */
  date: string | undefined;
  /** Where it is written: a field of assembly.yaml, or an MDX file. */
  where: string;
}

interface Dated {
  meta: { date?: string; draft?: boolean; title: string; recommendations?: string[] };
  file: string;
}

export interface Published<Chapter, Post> {
  config: AssemblyConfig;
  chapters: Chapter[];
  news: Post[];
  withheld: Withheld[];
}

/** The assembly as it may be published at `now`, and what is withheld (scheduled or draft). */
export function publishedAsOf<Chapter extends Dated, Post extends Dated>(
  input: { config: AssemblyConfig; chapters: readonly Chapter[]; news: readonly Post[] },
  now: Date,
): Published<Chapter, Post> {
  const day = today(input.config, now);
  const withheld: Withheld[] = [];
  /** Whether an item is out: a draft, or dated after today. Out items are recorded once. */
  const out = (item: { draft?: boolean | undefined }, date: string | undefined, what: string, where: string): boolean => {
    if (item.draft) withheld.push({ what, date: undefined, where });
    else if (date !== undefined && date > day) withheld.push({ what, date, where });
    else return false;
    return true;
  };
  const config = input.config;

  const report = config.report && !out(config.report, config.report.date, `The report "${config.report.title}"`, 'report') ? config.report : undefined;
  const reportWithheld = config.report !== undefined && report === undefined;

  // Outputs appear with the report, or from their own publication date; votes from theirs.
  const recommendations = config.recommendations.flatMap((r, i): Recommendation[] => {
    const where = `recommendations[${i}]`;
    // Without a date of its own, an output comes with the report (listed as withheld itself).
    const withReport = reportWithheld && r.published === undefined && !r.draft;
    const hidden = withReport || out(r, r.published, `"${r.title}"`, where);
    // What comes later than the output itself is listed too, so the check shows every date.
    const vote = typeof r.vote === 'object' && r.vote.date !== undefined && out({}, r.vote.date, `The vote on "${r.title}"`, `${where}.vote`) ? undefined : r.vote;
    const response = r.response && out({}, r.response.date, `The response to "${r.title}"`, `${where}.response`) ? undefined : r.response;
    const implementation = r.implementation.filter((u, j) => !out(u, u.date, `A progress update on "${r.title}"`, `${where}.implementation[${j}]`));
    return hidden ? [] : [{ ...r, vote, response, implementation } as Recommendation];
  });

  // Outputs that wait for the report are listed as one line, so the check still shows them.
  const waiting = reportWithheld ? config.recommendations.filter((r) => r.published === undefined && !r.draft) : [];
  if (waiting.length > 0) {
    const allRecommendations = waiting.every((r) => (r.kind ?? 'recommendation') === 'recommendation');
    const what = allRecommendations ? `recommendation${waiting.length === 1 ? '' : 's'}` : `output${waiting.length === 1 ? '' : 's'} (recommendations and others)`;
    withheld.push({ what: `${waiting.length} ${what}, which ${waiting.length === 1 ? 'appears' : 'appear'} with the report`, date: config.report!.draft ? undefined : config.report!.date, where: 'recommendations' });
  }

  const themes = config.themes.map((t, i) =>
    t.response && out({}, t.response.date, `The response on "${t.title}"`, `themes[${i}].response`) ? { ...t, response: undefined } : t,
  );

  let response = config.response;
  if (response && out(response, undefined, 'The response', 'response')) response = undefined;
  if (response) {
    const documentOut = response.date !== undefined && out({}, response.date, `The response document${response.title ? ` "${response.title}"` : ''}`, 'response.date');
    const events = response.events.filter((e, i) => !out(e, e.date, `Response event: ${e.title}`, `response.events[${i}]`));
    const { title: _title, date: _date, by: _by, summary: _summary, href: _href, ...rest } = response;
    response = documentOut ? (events.length > 0 ? { ...rest, events } : undefined) : { ...response, events };
  }

  const evaluation = config.evaluation && out(config.evaluation, config.evaluation.date, 'The evaluation', 'evaluation') ? undefined : config.evaluation;

  const evidence = config.evidence.filter((e, i) => !out(e, e.published, `Evidence "${e.title}"`, `evidence[${i}]`));
  const evidenceIds = new Set(evidence.map((e) => e.id));
  const recommendationIds = new Set(recommendations.map((r) => r.id));
  // Agendas keep pointing only at evidence that is published.
  const sessions = config.sessions.map((s) => {
    const agenda = <T extends { evidence: string[] }>(items: readonly T[]) => items.map((item) => ({ ...item, evidence: item.evidence.filter((id) => evidenceIds.has(id)) }));
    return { ...s, agenda: agenda(s.agenda), days: s.days.map((d) => ({ ...d, agenda: agenda(d.agenda) })), parallel_groups: s.parallel_groups.map((g) => ({ ...g, agenda: agenda(g.agenda) })) };
  });

  const chapters = reportWithheld
    ? []
    : input.chapters
        .filter((c) => !out(c.meta, undefined, `The chapter "${c.meta.title}"`, c.file))
        .map((c) => (c.meta.recommendations ? { ...c, meta: { ...c.meta, recommendations: c.meta.recommendations.filter((id) => recommendationIds.has(id)) } } : c));
  if (reportWithheld) {
    for (const c of input.chapters) withheld.push({ what: `The chapter "${c.meta.title}"`, date: c.meta.draft ? undefined : config.report!.date, where: c.file });
  }
  const news = input.news.filter((p) => !out(p.meta, p.meta.date, `News: "${p.meta.title}"`, p.file));

  const published = {
    ...config,
    report,
    recommendations,
    themes,
    response,
    evaluation,
    evidence,
    sessions,
  } as AssemblyConfig;
  return { config: published, chapters, news, withheld };
}

/** The documents of files/ that the published record still points to: a withheld report's PDF stays unpublished too. */
export function referencedFiles(files: Readonly<Record<string, number>>, config: AssemblyConfig): Record<string, number> {
  const text = JSON.stringify(config);
  return Object.fromEntries(Object.entries(files).filter(([path]) => text.includes(JSON.stringify(path))));
}

/** "14 May 2027: the report…" lines, soonest first, drafts last. */
export function withheldLines(withheld: readonly Withheld[]): string[] {
  return [...withheld]
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.where.localeCompare(b.where))
    .map((w) => `${w.date ? `From ${formatDate(w.date)}` : 'Draft'}: ${w.what} (${w.where})`);
}
