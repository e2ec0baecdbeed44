/** The report as plain text, from the same MDX as the chapter pages. */
import type { APIRoute } from 'astro';
import { licenceName } from '../../../lib/data/register.ts';
import { plainTextReport } from '../../../lib/report/plain-text.ts';
import { chapterSources, reportPaths, type SiteAssembly } from '../../../lib/content/data.ts';
import { formatDate, listText, sentences } from '../../../lib/site/format.ts';
import { chaptersTitle, isSummary } from '../../../lib/site/report.ts';

import { outcomesChapter } from '../../../lib/report/outcomes.ts';
import { buildDate } from '../../../lib/site/phase.ts';
import { today } from '../../../lib/time-zone.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute = async ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const { config } = assembly;
  const outcomesPart = outcomesChapter(config, today(config, buildDate()));
  const chapters = [...(await chapterSources(assembly)), ...(outcomesPart ? [outcomesPart] : [])];
  const report = config.report;
  const byline = sentences(
    config.title,
    report && `${isSummary(config) ? 'The report was published' : 'Published'} ${formatDate(report.date)}${report.authors.length > 0 ? ` by ${listText(report.authors)}` : ''}`,
    isSummary(config) && 'This is a summary written for the assembly\'s site, not the report\'s full text',
  );
  const body = plainTextReport({
    title: report ? chaptersTitle(config) : `${config.short_title}: report`,
    byline,
    url: new URL('report/report.txt', config.site.url).href,
    licence: licenceName(config.licence),
    chapters,
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
