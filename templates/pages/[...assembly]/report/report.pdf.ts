/** The report as a PDF, from the same MDX as every other format (issue 16), when the PDF engine runs here. */
import type { APIRoute } from 'astro';
import { licenceName } from '../../../lib/data/register.ts';
import { outcomesChapter } from '../../../lib/report/outcomes.ts';
import { pdfEngine, reportPdf } from '../../../lib/report/pdf.ts';
import { chapterSources, reportPaths, type SiteAssembly } from '../../../lib/content/data.ts';
import { formatDate, listText } from '../../../lib/site/format.ts';
import { buildDate } from '../../../lib/site/phase.ts';
import { today } from '../../../lib/time-zone.ts';
import { chaptersTitle, isSummary } from '../../../lib/site/report.ts';

export async function getStaticPaths() {
  return pdfEngine().ok ? reportPaths() : [];
}

export const GET: APIRoute = async ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const { config } = assembly;
  const engine = pdfEngine();
  if (!engine.ok) throw new Error(engine.reason);
  const report = config.report;
  const outcomesPart = outcomesChapter(config, today(config, buildDate()));
  const { bytes } = reportPdf(engine, {
    title: report ? chaptersTitle(config) : `${config.short_title}: report`,
    language: config.language,
    authors: report?.authors.length ? report.authors : [config.site.branding.organisation],
    date: report?.date ?? assembly.updated ?? '2000-01-01',
    byline: [
      config.title,
      ...(report ? [`${isSummary(config) ? 'The report was published' : 'Published'} ${formatDate(report.date)}${report.authors.length > 0 ? ` by ${listText(report.authors)}` : ''}.`] : []),
      ...(isSummary(config) ? ["This is a summary written for the assembly's site, not the report's full text."] : []),
      `Commissioned by ${listText(config.commissioners.map((c) => c.name))}. Licence: ${licenceName(config.licence)}.`,
      `This PDF is at ${new URL('report/report.pdf', config.site.url).href}`,
    ],
    chapters: [...(await chapterSources(assembly)), ...(outcomesPart ? [outcomesPart] : [])],
  });
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/pdf' } });
};
