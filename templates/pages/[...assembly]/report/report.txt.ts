/** The report as plain text, from the same MDX as the chapter pages. */
import type { APIRoute } from 'astro';
import { licenceName } from '../../../lib/data/register.ts';
import { plainTextReport } from '../../../lib/report/plain-text.ts';
import { chapterSources, reportPaths, type SiteAssembly } from '../../../lib/site/data.ts';
import { formatDate, listText } from '../../../lib/site/format.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute = async ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const { config } = assembly;
  const chapters = await chapterSources(assembly);
  const report = config.report;
  const byline = [
    config.title,
    report ? `Published ${formatDate(report.date)}${report.authors.length > 0 ? ` by ${listText(report.authors)}` : ''}.` : '',
  ].filter(Boolean).join('. ');
  const body = plainTextReport({
    title: report?.title ?? `${config.short_title}: report`,
    byline,
    url: new URL('report/report.txt', config.site.url).href,
    licence: licenceName(config.licence),
    chapters,
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
