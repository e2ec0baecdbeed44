/** The report as an EPUB e-book, from the same MDX as the chapter pages. */
import type { APIRoute } from 'astro';
import { licenceName } from '../../../lib/data/register.ts';
import { epub } from '../../../lib/report/epub.ts';
import { chapterSources, reportPaths, type SiteAssembly } from '../../../lib/content/data.ts';
import { listText } from '../../../lib/site/format.ts';
import { chaptersTitle } from '../../../lib/site/report.ts';

import { outcomesChapter } from '../../../lib/report/outcomes.ts';
import { buildDate } from '../../../lib/site/phase.ts';
import { today } from '../../../lib/time-zone.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute = async ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const { config } = assembly;
  const outcomesPart = outcomesChapter(config, today(config, buildDate()));
  const chapters = [...(await chapterSources(assembly)), ...(outcomesPart ? [outcomesPart] : [])];
  const book = epub({
    identifier: new URL('report/', config.site.url).href,
    title: `${config.short_title}: ${chaptersTitle(config)}`,
    language: config.language,
    authors: config.report?.authors.length ? config.report.authors : [config.site.branding.organisation],
    publisher: listText(config.commissioners.map((c) => c.name)),
    date: config.report?.date ?? assembly.updated ?? '2000-01-01',
    rights: licenceName(config.licence),
    chapters,
  });
  return new Response(new Uint8Array(book), { headers: { 'content-type': 'application/epub+zip' } });
};
