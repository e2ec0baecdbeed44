/**
 * Assemblies as they actually happened, built into pages (issue 13): a fictional national assembly
 * and the second part of its series (tests/fixtures/sites/real-world) exercise every structure real
 * assemblies needed, and the pages must say exactly what the data says, in plain words, in the
 * right tense, and never more. The example site is read too, for punctuation and false claims.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteForTest } from '../support/build-examples.ts';
import { contentPages, pageText, visibleText } from '../support/pages.ts';

const national = 'national-2020';
let out: string;

beforeAll(() => {
  const site = buildSiteForTest('tests/fixtures/sites/real-world');
  if (site.status !== 0) throw new Error(site.output);
  out = site.out;
});

const text = (page: string) => pageText(out, `${national}/${page}`);

describe('members counted as they were', () => {
  it('gives the figures as published: a range, replacements beyond the drop-outs, counts per session', () => {
    const members = text('members');
    expect(members).toContain('The assembly had 108 members.');
    expect(members).toContain('Two of the 110 members selected did not take part after the first weekend.');
    expect(members).toContain('People who replied Between 1,500 and 1,800');
    expect(members).toContain('Dropped out 5 Added as replacements 7');
    expect(members).toMatch(/Weekend 4 Some members joined by telephone\. About 105/);
    // A count of those due to take part is never passed off as a count of those who did.
    expect(members).toContain('Weekend 2 109 due to take part');
    expect(text('sessions/weekend-2')).toContain('Due to take part 109 assembly members.');
  });
  it('says what each profile dimension counts and out of how many', () => {
    const members = text('members');
    expect(members).toContain('Counted among the 110 members selected.');
    // No population share in any row: no column of "Not given", and a sentence saying so once.
    expect(members).toMatch(/Very concerned 54 49\.1% Fairly/);
    expect(members).toContain('No population shares are given to compare with.');
    // Shares alone: no column of counts, and no invented count.
    expect(members).toContain('Under 40 40% 38%');
  });
  it('says what members were paid and offered, never "paid £0"', () => {
    expect(text('members')).toContain('Each member was paid £150 for each weekend. Assembly members were offered help with childcare, equipment to take part online and internet access.');
    expect(pageText(out, 'second-part-2021/members')).toContain('Assembly members were not paid for their time.');
    expect(pageText(out, 'second-part-2021/members')).toContain('The assembly had about 99 members.');
  });
});

describe('who set it up, runs it and pays for it', () => {
  it('names the basis, the leaders and every group, saying what was not published', () => {
    const about = text('about');
    expect(about).toContain('The assembly was set up by a resolution of Test Parliament on 20 June 2019.');
    expect(about).toContain('Lead facilitator Sam Facilitator, Test Involve');
    expect(about).toContain('Expert leads Made sure the evidence was balanced. Professor Lead, Test University No minutes of its meetings were published.');
    expect(about).toContain('Academic panel Advised on the evidence. Its members have not been published.');
    expect(about).toContain('They committed to respond by December 2020.');
  });
  it('reads amounts naturally', () => {
    expect(text('about')).toContain('Funded by the Test Parliament (£120,000) and Test Foundation (amount not published). The total budget was about £520,000.');
  });
  it('shows the series, with the parts built here and elsewhere', () => {
    const about = pageText(out, 'second-part-2021/about');
    expect(about).toContain('The assembly is part 2 of The Test Assemblies 2020 to 2021.');
    expect(about).toMatch(/1\. National Test Assembly on Energy 2\. Second Test Assembly on Ageing \(this one\) 3\. A third part, published elsewhere/);
    expect(readFileSync(join(out, 'second-part-2021/about/index.html'), 'utf8')).toContain('href="https://example.org/third/"');
  });
});

describe('sessions as they happened', () => {
  it('gives a weekend day by day, with agendas per day and parallel groups', () => {
    const weekend = text('sessions/weekend-1');
    expect(weekend).toContain('When Saturday 25 January 2020, 10am to 5pm Sunday 26 January 2020, 9:30am to 3pm');
    expect(weekend).toContain('Speakers: Sam Facilitator (facilitator)');
    expect(weekend).toContain('Assembly members split into 2 groups, each on its own topic.');
    expect(weekend).toContain('Group 2: in the home About 36 assembly members.');
    expect(weekend).toContain('Recording of Weekend 1: In British Sign Language');
  });
  it('says when times were not published, and what was cancelled or moved, and why', () => {
    expect(text('sessions/weekend-2')).toContain('Saturday 8 February 2020 to Sunday 9 February 2020 (times not published)');
    expect(text('sessions/weekend-3')).toContain('Cancelled Because of the coronavirus restrictions. It was first planned in Birmingham. Announced 13 March 2020.');
    expect(text('sessions/weekend-4')).toContain('Moved online The coronavirus restrictions did not allow meeting in person. It was first planned for 21 March 2020.');
    expect(text('sessions')).toMatch(/Weekend 3 .* Cancelled/);
    expect(text('sessions')).not.toMatch(/Cancelled Not streamed/);
  });
  it('counts sessions held, not cancelled ones, and puts a session after the report in date order', () => {
    const home = text('');
    expect(home).toContain('4 sessions');
    // A debate is not the response: the Government's reply is.
    expect(home).toContain('Done Report 10 September 2020 Done One year on 6 March 2021 Now Official response 9 September 2021 To come Following up Date to be announced');
  });
  it('gives each day its own calendar event; a cancelled session is marked cancelled', () => {
    const ics = readFileSync(join(out, national, 'calendar.ics'), 'utf8');
    expect(ics.match(/UID:weekend-1-2020-01-2\d@/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20200208');
    expect(ics).toMatch(/UID:weekend-3@[^]*?STATUS:CANCELLED/);
  });
});

describe('recordings, reports and data as they are', () => {
  it('says nothing of captions when it is not known whether a video has them', () => {
    expect(text('evidence/net-zero-talk')).not.toMatch(/captions/);
    expect(text('evidence/taxes-talk')).toContain('(no captions)');
    expect(text('sessions/weekend-1')).toContain('(with captions)');
  });
  it('says a report written as a summary is one, on every page and format', () => {
    const second = 'second-part-2021/report';
    expect(pageText(out, second)).toContain('These pages summarise the report for this site. They are not its full text. Read the full report: The full report (PDF)');
    expect(pageText(out, `${second}/summary`)).toContain('They are not its full text.');
    expect(pageText(out, `${second}/full`)).toContain('A summary of “Report on ageing”');
    const plain = readFileSync(join(out, second, 'report.txt'), 'utf8').replace(/\s+/g, ' ');
    expect(plain).toContain('A SUMMARY OF “REPORT ON AGEING”');
    expect(plain).toContain('Second Test Assembly on Ageing. The report was published 1 March 2021. This is a summary written for the assembly\'s site, not the report\'s full text.');
  });
  it('publishes ballot options and response events as open data', () => {
    const csv = (name: string) => readFileSync(join(out, national, 'data', name), 'utf8');
    expect(csv('vote-options.csv')).toContain('air-futures,one,2,Future B,50,50,');
    expect(csv('vote-options.csv')).toContain('removal-methods,each,2,Peatland,,85,10');
    expect(csv('response-events.csv').split('\n')[1]).toMatch(/^2020-11-26,debate,Debate on the report,Test Parliament/);
    expect(csv('recommendations.csv')).toContain('heat-pumps,recommendation,Heat pumps,Help people install heat pumps.,home,,not-published,');
  });
  it('tells search engines and calendars that a session was cancelled or moved online, and feeds the response\'s events', () => {
    expect(readFileSync(join(out, national, 'sessions/weekend-3/index.html'), 'utf8')).toContain('"eventStatus":"https://schema.org/EventCancelled"');
    expect(readFileSync(join(out, national, 'sessions/weekend-4/index.html'), 'utf8')).toContain('"eventStatus":"https://schema.org/EventMovedOnline"');
    const feed = readFileSync(join(out, national, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Government reply: Government reply to the committee</title>');
    expect(feed).toContain('<title>Debate: Debate on the report</title>');
  });
});

describe('speakers in the capacity of each talk', () => {
  it('lists every capacity a speaker spoke in, and says when interests were not published', () => {
    expect(text('speakers')).toMatch(/Chris Expert .* Informant Advocate Declared interests: None declared/);
    expect(text('speakers')).toMatch(/Sam Facilitator .* Facilitator Declared interests: Not recorded on this site/);
    expect(text('speakers/test-campaign')).toContain('Who spoke Not named: the organisation presented as a whole.');
    expect(text('evidence/taxes-talk')).toContain('Test Campaign (advocate); Pat (personal testimony)');
    expect(text('evidence/taxes-talk')).toContain('Interests declared by Pat Not recorded on this site');
  });
});

describe('outputs and votes', () => {
  it('counts outputs by kind and groups a long list by goal, with a page per goal', () => {
    const list = text('recommendations');
    expect(list).toContain('The assembly agreed 1 principle and 114 recommendations, and voted on 2 ballots. They are grouped in 3 goals.');
    expect(list).toContain('How we travel (39)');
    expect(list).toContain('From the Youth Test Panel (1)');
    expect(text('recommendations/theme/home')).toContain('Goal: In the home');
    expect(text('recommendations/theme/home')).toContain('The response on this goal Partly accepted The Government will publish a heat strategy.');
  });
  it('keeps a national list of more than 100 light on a phone: sections that open without JavaScript, and a page per goal', () => {
    const html = readFileSync(join(out, national, 'recommendations/index.html'), 'utf8');
    expect(html.match(/<details class="details">/g)?.length).toBe(3);
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
    for (const goal of ['travel', 'home', 'removals']) {
      expect(Buffer.byteLength(readFileSync(join(out, national, 'recommendations/theme', goal, 'index.html')))).toBeLessThan(100 * 1024);
    }
  });
  it('reads a ballot with several options, and one put only to those who chose an option', () => {
    expect(text('recommendations/air-futures')).toContain('Future B 50 50% No preference 30 30% Shares are of the 100 assembly members who voted. More chose “Future B” than any other option.');
    expect(text('recommendations/frequent-flyer-levy')).toContain('Put only to the assembly members who chose “Future B” in “Air travel futures”.');
    expect(text('recommendations/removal-methods')).toContain('Option For Against Forests 99% Not given Peatland 85% 10%');
    expect(text('recommendations/removal-methods')).toContain('Assembly members voted on each option separately, so the shares do not add up to 100%.');
  });
  it('gives each share its base', () => {
    expect(text('recommendations/rec-1')).toContain('51% of the 104 assembly members who cast a valid vote strongly agreed or agreed.');
    expect(text('recommendations/counts')).toContain('42 for, 7 against and 4 abstained. 79.2% of the 53 assembly members who voted were in favour.');
    expect(pageText(out, 'second-part-2021/recommendations/care')).toContain('60 for and 30 against. 60.6% of the 99 assembly members present were in favour.');
  });
  it('says a vote was not held, not published, or published elsewhere', () => {
    expect(text('recommendations/fairness')).toContain('Vote Agreed without a vote.');
    expect(text('recommendations/heat-pumps')).toContain('A vote was held, but its figures were not published.');
    expect(text('recommendations/insulation')).toContain('The vote figures are published elsewhere. Read the vote figures');
  });
  it('asks no response of a principle, and shows a linked body\'s output as its own', () => {
    expect(readFileSync(join(out, national, 'recommendations/fairness/index.html'), 'utf8')).not.toContain('<h2>Response</h2>');
    expect(text('recommendations/youth-call')).toContain('Kind Call to action From the Youth Test Panel');
  });
});

describe('the response in the form it was given', () => {
  it('says the response was general, lists its events in date order, and never says "awaiting"', () => {
    const response = text('response');
    expect(response).toContain('The response answered the recommendations in general. It did not say, one by one, which it accepts and which it does not.');
    expect(response).toMatch(/26 November 2020 · Debate .* 8 July 2021 · Committee report .* 9 September 2021 · Government reply/);
    expect(response).toContain('The response to the 115 recommendations, in numbers Response Recommendations Accepted 1 Answered as a group 38 Answered in general 76');
    // The one decision in full; the others, answered by goal (above) or in general, only counted.
    expect(response).toMatch(/Answered in general 76 [^.]+ Accepted .* The table above shows how the other 114 were dealt with\./);
    expect(text('recommendations/counts')).toContain('The response answered the recommendations in general and did not answer them one by one.');
    expect(text('recommendations/heat-pumps')).toContain('The response answered the goal “In the home” as a whole, not each recommendation in it.');
  });
  it('says who set a status: the commissioner, or the site\'s editors with the source', () => {
    expect(text('recommendations/insulation')).toContain('This status was assessed by this site\'s editors, from this source. It is not the commissioner\'s own word.');
  });
  it('counts a response that is a referendum and an Act as a response', () => {
    const second = pageText(out, 'second-part-2021/response');
    expect(second).toContain('1 June 2021 · Referendum Referendum on care funding 1 December 2021 · Legislation The Care Act 2021');
    expect(pageText(out, 'second-part-2021')).toContain('Response published');
  });
});

describe('every page of the fixtures and the examples', () => {
  const sites = () => [out, inject('exampleSite')];
  it('never says "awaiting response" or "no decision yet" where a response exists', () => {
    for (const page of contentPages(out).filter((p) => p.startsWith(national))) {
      const words = visibleText(readFileSync(join(out, page), 'utf8'));
      expect(words, page).not.toMatch(/Awaiting response|No decision yet|has not responded/);
    }
  });
  it('has no doubled punctuation, and no space before a full stop or comma, on any page or plain-text report', () => {
    const problems: string[] = [];
    for (const root of sites()) {
      const reports = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('report.txt'));
      for (const page of [...contentPages(root), ...reports]) {
        const source = readFileSync(join(root, page), 'utf8');
        const words = page.endsWith('.txt') ? source.replace(/\s+/g, ' ') : visibleText(source);
        for (const match of words.matchAll(/.{0,30}(?:(?<!\.)\.\.(?!\.)|[,;:]\.|\.[,;]| [.,;])(?!\d).{0,30}/g)) problems.push(`${page}: ${match[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
