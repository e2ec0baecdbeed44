/** Sitemap, robots.txt, canonical addresses, Open Graph cards and JSON-LD of the built examples. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { htmlFiles } from '../support/pages.ts';

const site = inject('exampleSite');
const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(site, 'sitemap.xml'), 'utf8')).urlset.url as Array<{ loc: string }>;
const head = (file: string) => readFileSync(join(site, file), 'utf8').split('</head>')[0]!;
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/&amp;/g, '&');
const jsonLd = (file: string) =>
  [...readFileSync(join(site, file), 'utf8').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('discoverability', () => {
  it('lists in the sitemap exactly the canonical address of every page', () => {
    const canonicals = htmlFiles(site)
      .filter((file) => file !== 'index.html' && file !== '404.html')
      .map((file) => attr(head(file), /<link rel="canonical" href="([^"]+)"/));
    expect(canonicals.every(Boolean)).toBe(true);
    expect(new Set(canonicals).size).toBe(canonicals.length);
    expect(sitemap.map((u) => u.loc).sort()).toEqual([...canonicals].sort());
  });

  it('allows robots and names the sitemap only when the public root is known', () => {
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
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
    expect(jsonLd('riverside-2027/speakers/nia-okafor/index.html')[0]).toMatchObject({ '@type': 'Person', name: 'Dr Nia Okafor', jobTitle: 'Lecturer in Hydrology' });
    expect(jsonLd('greater-cambridge-2019/report/index.html')[0]).toMatchObject({ '@type': 'Report', datePublished: '2019-11-20' });
    expect(jsonLd('riverside-2027/index.html')[0]).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Riverside District Council' });
    expect(jsonLd('greater-cambridge-2019/index.html')[0]).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Greater Cambridge Partnership' });
  });
});
