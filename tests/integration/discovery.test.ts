/** Sitemap, robots.txt, canonical addresses, Open Graph cards and JSON-LD of the built examples. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadAll } from '../../templates/lib/config/load-all.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { htmlFiles } from '../support/pages.ts';

const site = inject('exampleSite');
// An assembly in two languages has one sitemap, listing its pages in both (aberwen-2027/en/…).
const ids = ['aberwen-2027', 'climate-assembly-uk-2020', 'greater-cambridge-2019', 'riverside-2027'];
const loaded = loadAll({ dir: 'assemblies', withExamples: true }).assemblies;
const siteUrl = (id: string) => loaded.find((a) => a.id === id)!.config.site.url;
const sitemapOf = (id: string) => new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(site, id, 'sitemap.xml'), 'utf8')).urlset.url as Array<{ loc: string }>;
const sitemap = ids.flatMap(sitemapOf);
const head = (file: string) => readFileSync(join(site, file), 'utf8').split('</head>')[0]!;
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/&amp;/g, '&');
const jsonLd = (file: string) =>
  [...readFileSync(join(site, file), 'utf8').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('discoverability', () => {
  it('lists in the sitemap exactly the canonical address of every page', () => {
    const canonicals = htmlFiles(site)
      .filter((file) => file !== 'index.html' && file !== '404.html' && !head(file).includes('<meta name="robots" content="noindex">'))
      .map((file) => attr(head(file), /<link rel="canonical" href="([^"]+)"/));
    expect(canonicals.every(Boolean)).toBe(true);
    expect(new Set(canonicals).size).toBe(canonicals.length);
    expect(sitemap.map((u) => u.loc).sort()).toEqual([...canonicals].sort());
    expect(sitemap.map((u) => u.loc)).toContain('https://cynulliad.aberwen.example.gov.uk/en/sessions/');
  });

  it('gives each assembly a sitemap of its own host\'s pages only, and names them all in robots.txt', () => {
    for (const id of ids) {
      expect(sitemapOf(id).every((u) => u.loc.startsWith(siteUrl(id))), id).toBe(true);
    }
    expect(existsSync(join(site, 'sitemap.xml'))).toBe(false);
    const robots = readFileSync(join(site, 'robots.txt'), 'utf8');
    expect(robots).toBe(`User-agent: *\nAllow: /\n${ids.map((id) => `Sitemap: ${new URL('sitemap.xml', siteUrl(id)).href}\n`).join('')}`);
  });

  it('gives every page an Open Graph card with the assembly picture', () => {
    for (const id of ['greater-cambridge-2019', 'riverside-2027']) {
      const config = loadAssembly('assemblies', id).assembly!.config;
      const html = head(`${id}/sessions/index.html`);
      expect(attr(html, /<meta property="og:image" content="([^"]+)"/)).toBe(new URL('social.png', config.site.url).href);
      expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(new URL('sessions/', config.site.url).href);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      const png = readFileSync(join(site, id, 'social.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('describes sessions, speakers, the report and the commissioner in schema.org terms', () => {
    const [event] = jsonLd('riverside-2027/sessions/learning-1/index.html');
    expect(event).toMatchObject({ '@type': 'Event', name: 'Session 1: why Riverside floods', startDate: '2027-03-06T10:00:00.000Z', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' });
    expect(event!['location']).toEqual([
      { '@type': 'Place', name: 'Riverside Town Hall', address: 'Riverside Town Hall' },
      { '@type': 'VirtualLocation', url: 'https://www.youtube.com/watch?v=rvsjury0001' },
    ]);
    expect(event!['organizer']).toEqual([{ '@type': 'Organization', name: 'Riverside District Council', url: 'https://riverside.example.gov.uk/' }]);
    expect(event!['image']).toBe('https://flooding-jury.riverside.example.gov.uk/social.png');
    expect(jsonLd('riverside-2027/speakers/nia-okafor/index.html')[0]).toMatchObject({ '@type': 'Person', name: 'Dr Nia Okafor', jobTitle: 'Lecturer in Hydrology' });
    expect(jsonLd('greater-cambridge-2019/report/index.html')[0]).toMatchObject({ '@type': 'Report', datePublished: '2019-11-20' });
    expect(jsonLd('riverside-2027/index.html')[0]).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Riverside District Council' });
    expect(jsonLd('greater-cambridge-2019/index.html')[0]).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Greater Cambridge Partnership' });
  });
});

describe('permanent addresses', () => {
  it('keeps renamed addresses working with a redirect page', () => {
    const page = readFileSync(join(site, 'greater-cambridge-2019/sessions/day-1/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/greater-cambridge-2019/sessions/weekend-1-day-1/">');
    expect(page).toContain('<a href="/greater-cambridge-2019/sessions/weekend-1-day-1/">Go to its new address</a>');
  });

  it('offers "cite this page" with the permanent address on every page', () => {
    const about = readFileSync(join(site, 'riverside-2027/about/index.html'), 'utf8');
    expect(about).toContain('<summary>Cite this page</summary>');
    expect(about).toMatch(/Riverside District Council\. About the jury\. Riverside Citizens&#39; Jury on Living with Flooding\. https:\/\/flooding-jury\.riverside\.example\.gov\.uk\/about\/ \(last updated \d{1,2} \w+ \d{4}\)\./);
  });
});
