/** The Atom feed and the calendars of the built examples, parsed back with real parsers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { contentPages } from '../support/pages.ts';
import { icalendarFaults } from '../support/ical-strict.ts';

const site = inject('exampleSite');

describe('calendars, read strictly (RFC 5545 and 5546 as libical applies them)', () => {
  it.each(['greater-cambridge-2019', 'riverside-2027', 'climate-assembly-uk-2020'])('%s: the calendar of every session and each session\'s own', (id) => {
    const files = ['calendar.ics', ...readdirSync(join(site, id, 'sessions')).filter((f) => f.endsWith('.ics')).map((f) => `sessions/${f}`)];
    for (const file of files) expect(icalendarFaults(readFileSync(join(site, id, file), 'utf8')), file).toEqual([]);
  });

  it('offers to subscribe (webcal) beside the download, on the home page and the sessions page', () => {
    for (const page of ['riverside-2027/index.html', 'riverside-2027/sessions/index.html']) {
      const html = readFileSync(join(site, page), 'utf8');
      expect(html, page).toContain('href="webcal://flooding-jury.riverside.example.gov.uk/calendar.ics"');
      expect(html, page).toMatch(/href="\/riverside-2027\/calendar.ics" download/);
      expect(html, page).toContain('On a phone, tap the link and confirm.');
    }
  });

  it('links the news feed from the home page and the footer of every page', () => {
    const home = readFileSync(join(site, 'riverside-2027/index.html'), 'utf8');
    expect(home).toContain('<a href="/riverside-2027/feed.xml">News and updates in a feed reader</a>');
    for (const page of ['riverside-2027/about/index.html', 'greater-cambridge-2019/report/index.html']) {
      expect(readFileSync(join(site, page), 'utf8'), page).toMatch(/<footer[\s\S]*href="\/[a-z0-9-]+\/feed.xml">News feed \(Atom\)<\/a>/);
    }
  });
});

describe.each(['greater-cambridge-2019', 'riverside-2027'])('feeds of %s', (id) => {
  const config = loadAssembly('assemblies', id).assembly!.config;
  const local = (url: string) => join(site, id, url.slice(config.site.url.length), 'index.html');

  it('has an Atom feed whose entries are unique, newest first, and link to real pages', () => {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(readFileSync(join(site, id, 'feed.xml'), 'utf8')).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(config.site.url);
    const entries = (feed.entry ?? []) as Array<{ id: string; updated: string; link: { '@_href': string } }>;
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    expect(feed.updated).toBe(entries[0]!.updated);
    for (const entry of entries) expect(existsSync(local(entry.link['@_href'])), entry.link['@_href']).toBe(true);
  });

  it('has a calendar of every session and a download for each', () => {
    const all = new ICAL.Component(ICAL.parse(readFileSync(join(site, id, 'calendar.ics'), 'utf8')));
    expect(all.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toHaveLength(config.sessions.length);
    for (const session of config.sessions) {
      const one = new ICAL.Component(ICAL.parse(readFileSync(join(site, id, 'sessions', `${session.id}.ics`), 'utf8')));
      expect(one.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toMatch(new RegExp(`^${session.id}@${id}\\.`));
    }
  });

  it('announces the feed and the calendar in the head of every page', () => {
    const pages = contentPages(join(site, id));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const head = readFileSync(join(site, id, page), 'utf8').split('</head>')[0]!;
      expect(head, page).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${id}/feed\\.xml">`));
      expect(head, page).toMatch(new RegExp(`<link rel="alternate" type="text/calendar" title="[^"]+" href="/${id}/calendar\\.ics">`));
    }
  });
});
