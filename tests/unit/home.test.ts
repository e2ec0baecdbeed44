import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { happenedSince, homeFocus, latestEvidence, responseTally, selectionIntro } from '../../templates/lib/site/home.ts';
import { phases } from '../../templates/lib/site/phase.ts';
import { evidenceDay } from '../../templates/lib/site/evidence.ts';

const cambridge = loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config;
const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
const climate = loadAssembly('assemblies', 'climate-assembly-uk-2020').assembly!.config;

describe('what the home page leads with', () => {
  it('takes part before, sessions during, the outcome after and the record once archived', () => {
    expect(Object.fromEntries(phases.map((p) => [p, homeFocus(p)]))).toEqual({
      announced: 'joining',
      recruiting: 'joining',
      'in-session': 'sessions',
      'sessions-ended': 'sessions',
      'report-published': 'outcome',
      'response-published': 'outcome',
      'following-up': 'outcome',
      archived: 'record',
    });
  });
});

describe('the response in numbers', () => {
  it('counts accepted, partly, not, then what is still open, in that order', () => {
    expect(responseTally(cambridge, '2026-11-22')).toEqual({
      heading: 'The response to 6 recommendations',
      lines: [
        { key: 'accepted', count: 1, text: '1 accepted' },
        { key: 'partly-accepted', count: 1, text: '1 partly accepted' },
        { key: 'under-consideration', count: 4, text: '4 under consideration' },
      ],
    });
  });
  it('counts a recommendation not answered yet as awaiting a response, never as rejected', () => {
    const before = responseTally({ ...cambridge, recommendations: cambridge.recommendations.map((r) => ({ ...r, response: undefined })), response: undefined }, '2026-11-22');
    expect(before.lines).toEqual([{ key: 'awaiting-response', count: 6, text: '6 awaiting a response' }]);
  });
  it('says "not accepted" and other answers in words of their own', () => {
    const [first, second, third, ...rest] = cambridge.recommendations;
    const mixed = {
      ...cambridge,
      recommendations: [
        { ...first!, response: { ...first!.response!, status: 'not-accepted' as const } },
        { ...second!, response: { ...second!.response!, status: 'referred' as const } },
        { ...third!, response: { ...third!.response!, status: 'noted' as const } },
        ...rest,
      ],
    };
    expect(responseTally(mixed, '2026-11-22').lines.map((l) => l.text)).toEqual(['1 accepted', '1 not accepted', '2 under consideration', '1 noted without a decision', '1 passed to another body']);
  });
  it('does not count principles and visions, which ask nothing of the commissioner', () => {
    const withPrinciple = { ...cambridge, recommendations: [...cambridge.recommendations, { ...cambridge.recommendations[0]!, id: 'p', kind: 'principle' as const, response: undefined }] };
    expect(responseTally(withPrinciple, '2026-11-22').heading).toBe('The response to 6 recommendations');
    const calls = { ...cambridge, recommendations: [{ ...cambridge.recommendations[0]!, kind: 'call-to-action' as const }, ...cambridge.recommendations.slice(1)] };
    expect(responseTally(calls, '2026-11-22').heading).toBe('The response to 5 recommendations and 1 call to action');
  });
  it('counts a general answer as such', () => {
    const lines = responseTally(climate, '2026-11-22').lines;
    expect(lines.some((l) => l.key === 'answered-in-general')).toBe(true);
    expect(lines.some((l) => l.key === 'accepted')).toBe(false);
  });
});

describe('what has happened since', () => {
  it('gives the newest updates and events first, and nothing dated after the day', () => {
    const all = happenedSince(climate, '2026-11-22', 100);
    expect(all.length).toBeGreaterThan(3);
    expect(all.map((h) => h.date)).toEqual([...all.map((h) => h.date)].sort().reverse());
    expect(happenedSince(climate, '2026-11-22')).toEqual(all.slice(0, 3));
    const early = happenedSince(climate, '2020-10-01', 100);
    expect(early.every((h) => h.date <= '2020-10-01')).toBe(true);
    expect(early.length).toBeLessThan(all.length);
  });
  it('links an update to its recommendation, and an event to none', () => {
    const update = happenedSince(cambridge, '2026-11-22')[0]!;
    expect(update).toMatchObject({ date: '2021-06-30', recommendation: 'road-closures' });
    expect(update.about).toContain('Close roads to cars');
    expect(happenedSince(climate, '2026-11-22', 100).some((h) => h.recommendation === undefined)).toBe(true);
  });
});

describe('the latest evidence', () => {
  it('orders by the day published, else the first day of its session, and leaves out what is still to come', () => {
    const dayOf = (e: (typeof riverside.evidence)[number]) => evidenceDay(e, riverside) ?? '';
    const items = latestEvidence(riverside, '2027-12-31', 100);
    const days = items.map(dayOf);
    expect(days).toEqual([...days].sort().reverse());
    expect(latestEvidence(riverside, '2027-12-31', 2)).toEqual(items.slice(0, 2));
    // On the day of the first session, evidence for the second is not "latest" yet.
    const first = latestEvidence(riverside, '2027-03-06', 100);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(items.length);
    expect(first.every((e) => dayOf(e) <= '2027-03-06')).toBe(true);
  });
});

describe('how members are chosen, in brief', () => {
  it('is the first paragraph of the method, or nothing when none is published', () => {
    const method = 'Letters went to 10,000 homes.\n\nFrom those who replied, 60 were chosen.';
    expect(selectionIntro({ members: { ...riverside.members!, selection: { ...riverside.members!.selection!, method } } })).toBe('Letters went to 10,000 homes.');
    expect(selectionIntro({ members: { ...riverside.members!, selection: { ...riverside.members!.selection!, method: undefined } } })).toBeUndefined();
    expect(selectionIntro({ members: undefined })).toBeUndefined();
  });
});
