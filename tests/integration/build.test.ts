/**
 * Builds fixture sites with the real `npm run build` command (in a child process, as a user runs
 * it) and reads the output back.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteForTest as build } from '../support/build-examples.ts';
import { pageText } from '../support/pages.ts';

const fixtures = 'tests/fixtures/sites';

/** The visible text of a page, with tags removed and entities decoded. */
const text = pageText;

const routeMap = [
  '', 'about', 'members', 'sessions', 'evidence', 'speakers', 'submissions', 'report', 'recommendations',
  'response', 'news', 'faq', 'resources', 'search', 'transparency', 'accessibility', 'privacy',
];

describe('a build of several assemblies', () => {
  let site: ReturnType<typeof build>;
  beforeAll(() => {
    site = build(`${fixtures}/two-assemblies`);
  });

  it('succeeds', () => {
    expect(site.output).toContain('Done: the site is in');
    expect(site.status).toBe(0);
  });

  it('lists every assembly at the root, current ones first', () => {
    const root = text(site.out, '');
    expect(root.indexOf('Beta Citizens')).toBeLessThan(root.indexOf('Alpha Citizens'));
    expect(root).toContain('Following up');
  });

  it('tells visitors what is published, what is missing and what is still to come', () => {
    const alpha = text(site.out, 'alpha/transparency');
    expect(alpha).toMatch(/Not published in full yet .* How members are chosen, and the criteria that make the group representative \(required, G8\)/);
    expect(alpha).toMatch(/What we publish .*The assembly's report \(G29\)/);
    const beta = text(site.out, 'beta/transparency');
    expect(readFileSync(join(site.out, 'beta/transparency/index.html'), 'utf8')).toContain(
      '<strong>Announced</strong>. By this stage the guidance expects 14 things to be published; 2 of them are.',
    );
    expect(beta).toMatch(/Still to come .*The jury's report: once the jury reaches the stage "Report published" \(G29\)/);
  });

  it.each(['alpha', 'beta'])('builds every route of the map for %s', (id) => {
    for (const route of routeMap) expect(existsSync(join(site.out, id, route, 'index.html')), `${id}/${route}`).toBe(true);
    expect(existsSync(join(site.out, '404.html'))).toBe(true);
  });

  it('shows the assembly data on its pages', () => {
    expect(text(site.out, 'alpha')).toContain('How should Alpha test its software?');
    expect(text(site.out, 'alpha/about')).toContain('Alpha Council will answer every recommendation.');
    expect(text(site.out, 'alpha/members')).toMatch(/Invitations sent 3,000 .*People who replied 300/);
    expect(text(site.out, 'alpha/members')).toMatch(/Under 40 14 46.7% 45.5%/);
    // The chart: members beside the population, on an axis to 60% (the largest share, 54.5%, rounded up).
    const members = readFileSync(join(site.out, 'alpha/members/index.html'), 'utf8');
    expect(members).toContain('<div class="chart__bar chart__bar--members" style="width: 77.83%"></div></div><span class="chart__value">Members 46.7%</span>');
    expect(members).toContain('<span class="chart__value">Population 45.5%</span>');
    expect(text(site.out, 'alpha/members')).toContain('on a scale from 0 to 60%.');
    expect(text(site.out, 'alpha/sessions/day-one')).toContain('Saturday 7 September 2019, 10am to 4pm');
    expect(text(site.out, 'alpha/sessions/day-one')).toContain('Private This part is not streamed or recorded');
    expect(text(site.out, 'alpha/sessions/day-two')).toContain('Not streamed. Voting is private.');
    expect(text(site.out, 'alpha/speakers/ada-tester')).toContain('Declared interests Writes a testing textbook.');
    expect(text(site.out, 'alpha/evidence/what-is-a-test')).toContain('A test is a question whose answer you already know.');
    expect(text(site.out, 'alpha/evidence/what-is-a-test')).toContain('Slides (TXT, 30 bytes)');
    // MDX with elements and expressions, rendered in the content layer; the news post below exports a value, so Astro compiles it.
    expect(readFileSync(join(site.out, 'alpha/evidence/what-is-a-test/index.html'), 'utf8')).toContain('<strong>Ada Tester:</strong> Our <abbr title="continuous integration">CI</abbr> runs 300 tests.');
    expect(text(site.out, 'alpha/recommendations/test-everything')).toContain('25 for, 3 against and 2 abstained. 83.3% of the 30 assembly members who voted were in favour.');
    expect(text(site.out, 'alpha/recommendations/test-everything')).toContain('Partly accepted');
    expect(text(site.out, 'alpha/recommendations/test-everything')).toContain('Half of all changes now have tests.');
    expect(text(site.out, 'alpha/report/findings')).toContain('Members found that untested code breaks.');
    expect(text(site.out, 'alpha/report/full')).toContain('Contents Our findings Recommendations, votes and responses Our findings Members found that untested code breaks.');
    expect(text(site.out, 'alpha/report/full')).toContain('Test everything Theme: Quality Every change should come with a test. 25 for, 3 against and 2 abstained. 83.3% of the 30 assembly members who voted were in favour. Response: Partly accepted, 1 June 2020. We will test most things.');
    expect(readFileSync(join(site.out, 'alpha/report/report.txt'), 'utf8')).toContain('1. Our findings\n===============\n\nMembers found that untested code breaks.\n');
    expect(text(site.out, 'alpha/news/voted')).toContain('The members voted on Sunday.');
  });

  it('serves local files byte for byte', () => {
    expect(readFileSync(join(site.out, 'alpha/files/slides.txt'), 'utf8')).toBe(readFileSync(`${fixtures}/two-assemblies/alpha/files/slides.txt`, 'utf8'));
  });

  it('says plainly when data is not there yet, and uses the kind\'s own words', () => {
    expect(text(site.out, 'beta/report')).toContain('The report has not been published yet.');
    expect(text(site.out, 'beta/recommendations')).toContain('The members have not made their recommendations yet.');
    expect(text(site.out, 'beta/members')).toContain('The members have not been chosen yet.');
    expect(text(site.out, 'beta/about')).toContain("is a citizens' jury");
    expect(text(site.out, 'beta')).toMatch(/Next session First meeting of Beta .* It will be livestreamed/);
  });

  it('writes the accessibility statement and privacy notice from the config', () => {
    expect(text(site.out, 'beta/accessibility')).toContain('partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(text(site.out, 'beta/accessibility')).toContain('Some maps have no text alternative. This fails WCAG 2.2 success criterion 1.1.1.');
    expect(text(site.out, 'alpha/privacy')).toContain('We do not collect personal data through this website.');
  });

  it('keeps sections without data out of the navigation', () => {
    const nav = /<nav class="nav"[\s\S]*?<\/nav>/.exec(readFileSync(join(site.out, 'beta/index.html'), 'utf8'))![0];
    expect(nav).toContain('/beta/sessions/');
    expect(nav).not.toContain('/beta/recommendations/');
  });
});

describe('a build of one assembly', () => {
  it('roots it at / for its own domain', () => {
    const site = build(`${fixtures}/two-assemblies`, ['--assembly', 'alpha']);
    expect(site.status).toBe(0);
    expect(text(site.out, '')).toContain('How should Alpha test its software?');
    expect(existsSync(join(site.out, 'sessions/day-one/index.html'))).toBe(true);
    expect(existsSync(join(site.out, 'beta'))).toBe(false);
    expect(readFileSync(join(site.out, 'index.html'), 'utf8')).toContain('href="/sessions/"');
  });

  it('takes its base path from site.url', () => {
    const site = build('assemblies', ['--assembly', 'greater-cambridge-2019']);
    expect(site.status).toBe(0);
    expect(readFileSync(join(site.out, 'index.html'), 'utf8')).toContain('href="/greater-cambridge-2019/sessions/"');
    expect(existsSync(join(site.out, 'sessions/weekend-1-day-1/index.html'))).toBe(true);
  });

  it('works under a sub-path given with --base, and npm run preview serves it there', async () => {
    const site = build(`${fixtures}/two-assemblies`, ['--assembly', 'alpha', '--base', '/citizens-assembly/2019/']);
    expect(site.status).toBe(0);
    expect(readFileSync(join(site.out, 'index.html'), 'utf8')).toContain('href="/citizens-assembly/2019/sessions/"');
    const search = readFileSync(join(site.out, 'search/index.html'), 'utf8');
    expect(search).toContain('data-bundle="/citizens-assembly/2019/pagefind/" data-base="/citizens-assembly/2019/"');
    expect(existsSync(join(site.out, 'pagefind/pagefind-ui.js'))).toBe(true);

    // npm run preview serves it at the path it was built for: pages and the stylesheet load.
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const preview = spawn(process.execPath, ['scripts/preview.ts', '--out', site.out, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const served = await new Promise<string>((done, fail) => {
        let output = '';
        preview.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const url = /Serving .* at (http:\/\/\S+)/.exec(output)?.[1];
          if (url) done(url);
        });
        preview.on('exit', () => fail(new Error(output)));
      });
      expect(served).toBe(`http://localhost:${port}/citizens-assembly/2019/`);
      const page = await fetch(`${served}sessions/`);
      expect(page.status).toBe(200);
      const css = /href="(\/citizens-assembly\/2019\/_astro\/[^"]+\.css)"/.exec(await page.text())![1]!;
      expect((await fetch(`http://localhost:${port}${css}`)).status).toBe(200);
    } finally {
      preview.kill();
    }
  });
});

describe('a council\'s own site beside the examples', () => {
  it('leaves the examples out once the folder holds an assembly of the council\'s own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-'));
    cpSync('assemblies/riverside-2027', join(dir, 'riverside-2027'), { recursive: true });
    cpSync(`${fixtures}/two-assemblies/alpha`, join(dir, 'alpha'), { recursive: true });
    const site = build(dir);
    expect(site.status).toBe(0);
    expect(site.output).toContain('Leaving out the examples (riverside-2027)');
    expect(existsSync(join(site.out, 'alpha/index.html'))).toBe(true);
    expect(existsSync(join(site.out, 'riverside-2027'))).toBe(false);
    expect(readFileSync(join(site.out, 'robots.txt'), 'utf8')).not.toContain('riverside');
  });
});

describe('a build with mistakes', () => {
  it('prints every problem, builds nothing and leaves the previous output untouched', () => {
    // A parent folder of its own, so staging folders of builds running in parallel are not seen.
    const parent = mkdtempSync(join(tmpdir(), 'broken-'));
    const out = join(parent, 'site');
    mkdirSync(join(out, 'previous'), { recursive: true });
    writeFileSync(join(out, 'previous', 'index.html'), 'previous build');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      env: { ...process.env, ASSEMBLIES_DIR: `${fixtures}/broken` },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('tests/fixtures/sites/broken/gamma/assembly.yaml:9:1  questoin: "questoin" is not a field the generator knows here. Did you mean "question"?');
    expect(output).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['previous']);
    expect(readFileSync(join(out, 'previous', 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('npm run check', () => {
  const check = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/check.ts', ...args], { env: { ...process.env, ASSEMBLIES_DIR: dir }, encoding: 'utf8' });

  it('names a missing MUST item of the phase, and fails on it with --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync('assemblies/riverside-2027', join(dir, 'riverside-2027'), { recursive: true });
    const yaml = join(dir, 'riverside-2027', 'assembly.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/\n    method: >-\n(?: {6}.*\n)+/, '\n'));

    const plain = check(dir);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('riverside-2027, as of ');
    expect(plain.stdout).toContain(': stage "Recruiting members".');
    expect(plain.stdout).toContain('MUST   G8   How members are chosen, and the criteria that make the group representative (expected from "Recruiting members"');
    expect(plain.stdout).toMatch(/Fill members\.selection\.method in \S*riverside-2027\/assembly\.yaml: Describe/);

    const strict = check(dir, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('A MUST item of the guidance is missing');

    const json = JSON.parse(check(dir, '--json').stdout) as { assemblies: { id: string; phase: string; items: { item: string; status: string }[] }[] };
    expect(json.assemblies[0]).toMatchObject({ id: 'riverside-2027', phase: 'recruiting' });
    expect(json.assemblies[0]!.items.find((i) => i.item === 'G8')?.status).toBe('missing');

    expect(check('assemblies', '--strict').status).toBe(0);
  });

  it('says which of the site\'s own words are still English or unreviewed in the assembly\'s language (issue 19)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-language-'));
    cpSync('assemblies/riverside-2027', join(dir, 'riverside-2027'), { recursive: true });
    const yaml = join(dir, 'riverside-2027', 'assembly.yaml');
    const english = readFileSync(yaml, 'utf8');
    expect(check(dir).stdout).not.toContain("The site's own words");

    writeFileSync(yaml, english.replace('language: en-GB', 'language: cy-GB'));
    const welsh = check(dir);
    expect(welsh.status).toBe(0);
    expect(welsh.stdout).toContain("The site's own words in cy-GB:");
    expect(welsh.stdout).toMatch(/Welsh translations in templates\/lib\/i18n\/catalogues\/cy\.ts are not yet reviewed by a fluent speaker/);
    expect(welsh.stdout).not.toContain('still in English');

    writeFileSync(yaml, english.replace('language: en-GB', 'language: gd-GB'));
    expect(check(dir).stdout).toMatch(/of the site's own words are still in English on Scottish Gaelic pages, until they are added to templates\/lib\/i18n\/catalogues\/gd\.ts: page\.skip-link/);
    const json = JSON.parse(check(dir, '--json').stdout) as { assemblies: { interfaceLanguages: { language: string; inEnglish: string[] }[] }[] };
    expect(json.assemblies[0]!.interfaceLanguages[0]!.language).toBe('Scottish Gaelic');
    expect(json.assemblies[0]!.interfaceLanguages[0]!.inEnglish).toContain('page.menu');

    // An assembly in two languages is reported once, with the site's own words in each of its languages.
    const bilingual = check('tests/fixtures/sites/bilingual');
    expect(bilingual.stdout.match(/cymru-2027\S*, as of/g)).toEqual(['cymru-2027, as of']);
    expect(bilingual.stdout).toContain("The site's own words in cy-GB:");
  });

  it('exits 0 on the examples and 1 on a broken assembly', () => {
    expect(() => execFileSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' })).not.toThrow();
    const broken = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, ASSEMBLIES_DIR: `${fixtures}/broken` }, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('Checked 1 assembly: 1 error, 0 warnings.');
  });
});

describe('the example assemblies', () => {
  const site = { out: inject('exampleSite'), status: 0 };

  it.each(['greater-cambridge-2019', 'riverside-2027'])('build every route of the map for %s', (id) => {
    expect(site.status).toBe(0);
    for (const route of routeMap) expect(existsSync(join(site.out, id, route, 'index.html')), `${id}/${route}`).toBe(true);
  });

  it('show each one in its own phase, with illustrative content labelled', () => {
    expect(text(site.out, 'greater-cambridge-2019')).toContain('Following up');
    expect(text(site.out, 'riverside-2027')).toContain('Recruiting members');
    expect(text(site.out, 'greater-cambridge-2019/recommendations/road-closures')).toMatch(/42 for, 7 against and 4 abstained\. 79\.2% of the 53 assembly members who voted were in favour\. Illustrative/);
    expect(text(site.out, 'greater-cambridge-2019/members')).toContain('Invitations sent 10,000');
    expect(text(site.out, 'greater-cambridge-2019/recommendations/theme/core-measures')).toContain('Showing 4 of 6 recommendations.');
    expect(text(site.out, 'greater-cambridge-2019/recommendations/status/partly-accepted')).toContain('Showing 1 of 6 recommendations.');
    expect(text(site.out, 'riverside-2027/members')).toContain('24 jurors');
    expect(text(site.out, 'greater-cambridge-2019/sessions/weekend-1-day-1')).toContain('The plenary parts of this session were livestreamed.');
    expect(text(site.out, 'riverside-2027/sessions/learning-1')).toContain('The plenary parts of this session are livestreamed.');
  });

  it('show the logo, where the assembly is, and what visitors can do now', () => {
    const home = readFileSync(join(site.out, 'riverside-2027/index.html'), 'utf8');
    expect(home).toContain('<img class="header__logo" src="/riverside-2027/files/logo.svg" alt="Riverside District Council logo" height="40">');
    expect(existsSync(join(site.out, 'riverside-2027/files/logo.svg'))).toBe(true);
    expect(text(site.out, 'riverside-2027')).toContain('Where we are Now Recruiting members 2 November 2026 to 14 December 2026 To come Sessions Expected: 6 March 2027 to 27 March 2027');
    expect(text(site.out, 'riverside-2027')).toContain('Received an invitation? Reply by 14 December 2026.');
    expect(text(site.out, 'riverside-2027')).toContain('Anyone can send a submission until 19 February 2027.');
    expect(text(site.out, 'greater-cambridge-2019')).not.toContain('Take part');
  });

  it('lead their home pages with what matters in their phase', () => {
    // Recruiting: taking part and how members are chosen, before the timeline.
    const riverside = text(site.out, 'riverside-2027');
    expect(riverside).toMatch(/The question .* Take part .* How jurors are chosen Invitations go to 8,000 addresses chosen at random\. .* Where we are/);
    expect(riverside).not.toContain('The outcome');
    // After the report: the report, the recommendations, the response in numbers and the latest update.
    const cambridge = text(site.out, 'greater-cambridge-2019');
    expect(cambridge).toContain(
      'The outcome Report and recommendations Published 20 November 2019 The report sets out how the assembly worked, the vision members agreed, the core measures and supporting measures they voted for, and what members thought of the process. 6 recommendations The response The response to 6 recommendations: 1 accepted 1 partly accepted 4 under consideration What has happened since 30 June 2021 · Update on “Close roads to cars” Illustrative Progress reported one year on. Where we are',
    );
    expect(cambridge).not.toContain('How assembly members are chosen');
    const home = readFileSync(join(site.out, 'greater-cambridge-2019/index.html'), 'utf8');
    for (const link of ['report/', 'recommendations/', 'response/', 'recommendations/road-closures/']) expect(home).toContain(`href="/greater-cambridge-2019/${link}"`);
    // A general answer is said as such, never counted as decisions.
    const climate = text(site.out, 'climate-assembly-uk-2020');
    expect(climate).toContain('answered the recommendations in general, not one by one. What has happened since 9 September 2021 · Government reply');
    expect(climate).not.toMatch(/\d+ accepted/);
  });

  it('put each chapter\'s own headings under its title on the one-page report', () => {
    const headings = (page: string) => [...readFileSync(join(site.out, `greater-cambridge-2019/${page}/index.html`), 'utf8').matchAll(/<(h[1-6])[^>]*>([^<]*)/g)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(headings('report/full')).toEqual(expect.arrayContaining(['h2 What members recommended', 'h3 The vision', 'h3 Core measures']));
    expect(headings('report/full')).not.toContain('h2 The vision');
    // Invented figures keep their caveat in the report too, not only on the recommendation's page.
    expect(text(site.out, 'greater-cambridge-2019/report/full')).toContain('79.2% of the 53 assembly members who voted were in favour. Illustrative Response: Partly accepted, 25 June 2020. Illustrative');
    // On the chapter's own page its title is the h1, so its ## stays an h2.
    expect(headings('report/what-members-recommended')).toEqual(expect.arrayContaining(['h1 What members recommended', 'h2 The vision']));
  });

  it('give each kind of personal data on the privacy notice as a block of facts, not a wide table', () => {
    const privacy = text(site.out, 'riverside-2027/privacy');
    expect(privacy).toMatch(/Personal data we collect \S.* Why .* Lawful basis Public task How long we keep it Deleted one year after the jury's report is published Shared with/);
    expect(readFileSync(join(site.out, 'riverside-2027/privacy/index.html'), 'utf8')).not.toContain('<table');
  });

  it('give on the Response page what was said about each recommendation, with its status as a tag', () => {
    expect(text(site.out, 'greater-cambridge-2019/response')).toContain(
      'Close roads to cars Partly accepted Illustrative 25 June 2020 The commissioner agreed to do some of it. The partnership linked its response to walking and cycling projects for the recovery from Covid-19. A pollution charge Under consideration',
    );
    const page = readFileSync(join(site.out, 'greater-cambridge-2019/response/index.html'), 'utf8');
    expect(page).toContain('<strong class="tag tag--partly">Partly accepted</strong>');
    expect(page).toContain('<span class="caveat">Illustrative</span>');
  });
});

describe('archive mode', () => {
  let site: ReturnType<typeof build>;
  beforeAll(() => {
    site = build(`${fixtures}/archived`);
  });

  it('says on every page that this is the permanent record, with the date', () => {
    expect(site.status).toBe(0);
    for (const page of ['alpha', 'alpha/about', 'alpha/sessions/day-one', 'alpha/report/findings']) {
      expect(text(site.out, page)).toContain('This assembly has ended. Since 31 January 2022 this site is kept as the permanent record and is no longer updated.');
    }
  });

  it('replaces livestreams without a recording, and removes calls to action', () => {
    const session = text(site.out, 'alpha/sessions/day-one');
    expect(session).toContain('This session was livestreamed. No recording was published.');
    expect(session).not.toContain('Play video');
    const submissions = text(site.out, 'alpha/submissions');
    expect(submissions).toContain('Submissions are closed.');
    expect(submissions).not.toContain('1 January 2030');
    expect(submissions).not.toContain('How to send a submission');
    expect(text(site.out, 'alpha')).not.toContain('Take part');
    // No longer updated: nothing to subscribe to or follow, but the calendar file is still there.
    expect(text(site.out, 'alpha/sessions')).not.toContain('Subscribe to every session');
    expect(text(site.out, 'alpha/sessions')).toContain('Download the calendar file (iCalendar, every session of the record)');
    expect(text(site.out, 'alpha/news')).not.toContain('Follow news');
  });

  it('leads the home page with the record and how to cite it', () => {
    const home = text(site.out, 'alpha');
    expect(home).toMatch(/The question .* The record .* How to cite this record .* Where we are/);
    expect(home).toMatch(/How to cite this record Alpha Council\. Alpha Citizens' Assembly on Testing\. https:\/\/[^ ]+(?: \(last updated [^)]+\))?\. The other pages each have their own citation/);
    expect(home).toContain('Published 1 November 2019 1 recommendation The response The response to 1 recommendation: 1 partly accepted');
    expect(home).toContain('The whole record as open data (CSV and JSON files)');
    // The citation is shown once: the folded "Cite this page" is left off this page only.
    const cite = '<details class="cite"';
    expect(readFileSync(join(site.out, 'alpha/index.html'), 'utf8')).not.toContain(cite);
    expect(readFileSync(join(site.out, 'alpha/about/index.html'), 'utf8')).toContain(cite);
  });
});
