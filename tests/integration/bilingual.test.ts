/**
 * A site in two languages (issue 19), built from the bilingual fixture: every page in Welsh and in
 * English at predictable addresses, a language switcher to the same page, hreflang pairs, the right
 * lang, one search index per language, and a page not yet translated shown in Welsh, marked so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteForTest } from '../support/build-examples.ts';
import { brokenLinks } from '../support/links.ts';
import { contentPages, pageText, pageUrlPath } from '../support/pages.ts';

let site: string;
beforeAll(() => {
  const built = buildSiteForTest('tests/fixtures/sites/bilingual');
  if (built.status !== 0) throw new Error(built.output);
  expect(built.output).toContain('02-argymhellion.mdx');
  site = built.out;
});

const html = (page: string) => readFileSync(join(site, page), 'utf8');
const welshPages = () => contentPages(site).filter((page) => page.startsWith('cymru-2027/') && !page.startsWith('cymru-2027/en/'));
const inEnglish = (page: string) => page.replace(/^cymru-2027\//, 'cymru-2027/en/');

describe('a site in Welsh and English', () => {
  it('has every page in both languages, at the same path below each language’s root, with the right lang', () => {
    const welsh = welshPages();
    expect(welsh.length).toBeGreaterThan(15);
    const english = contentPages(site).filter((page) => page.startsWith('cymru-2027/en/'));
    expect(english).toEqual(welsh.map(inEnglish).sort());
    for (const page of welsh) {
      expect([page, /<html lang="([^"]+)"/.exec(html(page))?.[1]]).toEqual([page, 'cy-GB']);
      expect([page, /<html lang="([^"]+)"/.exec(html(inEnglish(page)))?.[1]]).toEqual([page, 'en-GB']);
    }
  });

  it('leads from each page to the same page in the other language, and back, and every link resolves', () => {
    for (const page of welshPages()) {
      const switcher = (source: string) => /<nav class="header__languages"[^>]*><ul><li><a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)">([^<]+)<\/a>/.exec(source)?.slice(1);
      expect([page, switcher(html(page))]).toEqual([page, [`/${pageUrlPath(inEnglish(page))}`, 'en-GB', 'en-GB', 'English']]);
      expect([page, switcher(html(inEnglish(page)))]).toEqual([page, [`/${pageUrlPath(page)}`, 'cy-GB', 'cy-GB', 'Cymraeg']]);
    }
    expect(brokenLinks(site)).toEqual([]);
  });

  it('names each page’s versions for search engines, in pairs that agree (hreflang)', () => {
    const alternates = (source: string) => [...source.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    for (const page of welshPages()) {
      const path = pageUrlPath(page).replace(/^cymru-2027\//, '');
      const both = [`cy-GB https://cynulliad.example.org/${path}`, `en-GB https://cynulliad.example.org/en/${path}`];
      expect([page, alternates(html(page))]).toEqual([page, both]);
      expect([page, alternates(html(inEnglish(page)))]).toEqual([page, both]);
    }
  });

  it('indexes each language for search separately', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['cy-gb', 'en-gb']);
    expect(entry.languages['cy-gb']!.page_count).toBe(entry.languages['en-gb']!.page_count);
  });

  it('writes the Welsh pages’ own words and dates in Welsh, and the English ones in English', () => {
    expect(pageText(site, 'cymru-2027/sessions')).toMatch(/Neidio i'r prif gynnwys .*Diweddarwyd ddiwethaf \d+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}\./);
    expect(pageText(site, 'cymru-2027/en/sessions')).toMatch(/Skip to main content .*Last updated \d+ [A-Z][a-z]+ \d{4}\./);
    expect(pageText(site, 'cymru-2027/sessions/diwrnod-1')).toContain('Diwrnod 1');
    // Titles and breadcrumbs too.
    expect(html('cymru-2027/sessions/diwrnod-1/index.html')).toMatch(/<nav class="breadcrumbs" aria-label="Briwsion bara"><ol><li><a href="\/cymru-2027\/">Cynulliad Cwm Prawf<\/a><\/li><li><a href="\/cymru-2027\/sessions\/">Sesiynau<\/a>/);
    expect(html('cymru-2027/faq/index.html')).toContain('<h1>Cwestiynau ac atebion</h1>');
    expect(html('cymru-2027/en/faq/index.html')).toContain('<h1>Questions and answers</h1>');
    expect(pageText(site, 'cymru-2027/en/sessions/diwrnod-1')).toContain('Day 1');
  });

  it('writes the sessions pages in Welsh: days and times, the state, streaming, the agenda and the citation', () => {
    const welsh = pageText(site, 'cymru-2027/sessions/diwrnod-1');
    expect(welsh).toContain('Pryd Dydd Sadwrn 6 Mawrth 2027, 10yb tan 4yh');
    expect(welsh).toContain("Ffrydio Mae rhannau llawn y sesiwn hon yn cael eu ffrydio'n fyw.");
    expect(welsh).toMatch(/\(diweddarwyd ddiwethaf \d+ \S+ \d{4}\)\./);
    const english = ['When', 'Where', 'Streaming', 'Upcoming', 'Livestream', 'Agenda has', 'Add this session', 'Watch the livestream', 'last updated', ' to '];
    for (const page of ['cymru-2027/sessions', 'cymru-2027/sessions/diwrnod-1']) expect([page, english.filter((words) => pageText(site, page).includes(words))]).toEqual([page, []]);
    expect(pageText(site, 'cymru-2027/en/sessions/diwrnod-1')).toContain('When Saturday 6 March 2027, 10am to 4pm');
  });

  it('shows a page not yet translated in the main language, saying so, its text marked with its language', () => {
    const page = html('cymru-2027/en/report/argymhellion/index.html');
    expect(page).toContain('<p class="notice-box">This page has not been translated yet, so it is shown in Welsh.</p>');
    expect(page).toMatch(/<div data-mdx="report\/cymru-2027\/argymhellion" lang="cy-GB"><p>Bydd yr argymhellion/);
    expect(html('cymru-2027/en/report/cyflwyniad/index.html')).toMatch(/<div data-mdx="report\/cymru-2027\/en\/cyflwyniad"><p>Members met/);
    // The transparency page says which pages exist in which language, in the page's language.
    expect(pageText(site, 'cymru-2027/en/transparency')).toContain('Languages This site is published in Welsh and English. Not yet in English, so shown in Welsh until they are translated: Argymhellion');
    expect(pageText(site, 'cymru-2027/transparency')).toContain('Ieithoedd Ieithoedd y wefan hon: Cymraeg a Saesneg.');
    // Documents are kept once, with the main version.
    expect(existsSync(join(site, 'cymru-2027/en/files'))).toBe(false);
  });
});
