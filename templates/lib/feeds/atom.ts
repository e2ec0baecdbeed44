/**
 * An Atom feed (RFC 4287) per assembly: news, and everything newly published (recordings,
 * evidence, the report, the response, progress on recommendations, the evaluation), so people can
 * follow an assembly for months without coming back to check (G21, G27, G33).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { publicUrl } from './session-events.ts';
import { escapeXml } from '../escape.ts';
import { timesOf, videoLinks } from '../site/sessions.ts';
import { responseEventLabels } from '../site/labels.ts';

export interface FeedEntry {
  /** Permanent id: a tag URI that never changes for this item. */
  id: string;
  title: string;
  /** Date of publication, YYYY-MM-DD. */
  date: string;
  url: string;
  summary: string;
}

export function feedEntries(
  id: string,
  config: AssemblyConfig,
  news: ReadonlyArray<{ slug: string; meta: { title: string; date: string; summary: string } }>,
  today: string,
): FeedEntry[] {
  const host = new URL(config.site.url).hostname;
  const entry = (kind: string, key: string, date: string, title: string, summary: string, ...segments: string[]): FeedEntry => ({
    id: `tag:${host},${date}:${id}/${kind}/${key}`,
    title,
    date,
    url: publicUrl(config, ...segments),
    summary,
  });
  const entries: Array<FeedEntry | undefined> = [
    ...news.map((n) => entry('news', n.slug, n.meta.date, n.meta.title, n.meta.summary, 'news', n.slug)),
    ...config.sessions.map((s) =>
      videoLinks(s.recording).length > 0
        ? entry('recording', s.id, timesOf(s, config.time_zone).lastDay, `Recording: ${s.title}`, `The recording of ${s.title} is online.`, 'sessions', s.id)
        : undefined,
    ),
    ...config.evidence.map((e) =>
      e.published ? entry('evidence', e.id, e.published, `Evidence: ${e.title}`, e.summary ?? `${e.title} is published.`, 'evidence', e.id) : undefined,
    ),
    config.report && entry('report', 'report', config.report.date, `Report published: ${config.report.title}`, config.report.summary ?? 'The report is published.', 'report'),
    config.response?.date !== undefined
      ? entry('response', 'response', config.response.date, `Response published: ${config.response.title ?? 'the official response'}`, config.response.summary ?? 'The official response is published.', 'response')
      : undefined,
    // A feed entry needs a day: steps known only to the month are on the response page, not in the feed.
    ...(config.response?.events ?? []).map((e, i) =>
      e.date.length === 10 ? entry('response-event', String(i + 1), e.date, `${responseEventLabels[e.kind]}: ${e.title}`, e.summary ?? e.title, 'response') : undefined,
    ),
    ...config.recommendations.flatMap((r) =>
      r.implementation.map((u, i) => entry('progress', `${r.id}-${i + 1}`, u.date, `Progress: ${r.title}`, u.text, 'recommendations', r.id)),
    ),
    config.evaluation?.date ? entry('evaluation', 'evaluation', config.evaluation.date, 'Evaluation published', config.evaluation.summary ?? `Evaluation by ${config.evaluation.by}.`, 'about') : undefined,
  ];
  return entries
    .filter((e): e is FeedEntry => e !== undefined && e.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  siteUrl: string;
  selfUrl: string;
  author: string;
  rights: string;
  /** When nothing is published yet. */
  fallbackDate: string;
}

export function atomFeed(entries: readonly FeedEntry[], options: FeedOptions): string {
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <id>${escapeXml(options.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    `  <updated>${stamp(entries[0]?.date ?? options.fallbackDate)}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    `  <rights>${escapeXml(options.rights)}</rights>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <published>${stamp(e.date)}</published>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
