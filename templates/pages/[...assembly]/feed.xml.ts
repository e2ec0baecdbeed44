/** The assembly's Atom feed of news and newly published material. */
import type { APIRoute } from 'astro';
import { licenceName } from '../../lib/data/register.ts';
import { atomFeed, feedEntries } from '../../lib/feeds/atom.ts';
import { assemblyPaths, type SiteAssembly } from '../../lib/content/data.ts';
import { buildDate } from '../../lib/site/phase.ts';
import { today } from '../../lib/time-zone.ts';

export const getStaticPaths = assemblyPaths;

export const GET: APIRoute = ({ props }) => {
  const { assembly } = props as { assembly: SiteAssembly };
  const { config } = assembly;
  const entries = feedEntries(assembly.id, config, assembly.news, today(config, buildDate()));
  const body = atomFeed(entries, {
    title: config.short_title,
    subtitle: config.summary,
    siteUrl: config.site.url,
    selfUrl: new URL('feed.xml', config.site.url).href,
    author: config.site.branding.organisation,
    rights: licenceName(config.licence),
    fallbackDate: assembly.updated ?? '1970-01-01',
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
