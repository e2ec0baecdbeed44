/** How the response to each output is put (templates/lib/site/response.ts), and when none has come yet. */
import { describe, expect, it } from 'vitest';
import { notRespondedText, responseView, statusKey, updatesSinceResponse } from '../../templates/lib/site/response.ts';
import { phaseOf } from '../../templates/lib/site/phase.ts';

const zone = 'Europe/London';

describe('no response yet', () => {
  const commissioners = [{ name: 'Alpha Council', type: 'local-authority' }];
  const promised = (respond_by: string | undefined) => ({ commissioners, commitment: respond_by === undefined ? undefined : { text: 'We will answer.', respond_by } }) as never;
  it('says who has not responded, the date they committed to, and when that date has passed', () => {
    expect(notRespondedText(promised('2027-09-30'), '2027-06-01')).toBe('Alpha Council has not responded yet. It committed to respond by 30 September 2027.');
    expect(notRespondedText(promised('2027-09-30'), '2027-10-01')).toBe('Alpha Council has not responded yet. It committed to respond by 30 September 2027, which has passed.');
    expect(notRespondedText(promised('2027-09'), '2027-09-30')).toBe('Alpha Council has not responded yet. It committed to respond by September 2027.');
    expect(notRespondedText(promised(undefined), '2027-10-01')).toBe('Alpha Council has not responded yet.');
  });
});

describe('responses', () => {
  const decision = { status: 'accepted' as const, text: 'Yes.', date: undefined, set_by: 'editors' as const, source: 'https://example.org/s', illustrative: false };
  const config = (response: Record<string, unknown> | undefined, themes: unknown[] = []) =>
    ({ response: response && { answers: 'each-recommendation', events: [], ...response }, themes, commitment: undefined }) as never;
  const rec = { kind: 'recommendation' as const, theme: 'travel', response: undefined };
  it('gives a decision with who set it, dated from the response as a whole', () => {
    expect(responseView(config({ date: '2020-06-25' }), { ...rec, response: decision }, '2026-01-01')).toMatchObject({ kind: 'decision', setBy: 'editors', date: '2020-06-25' });
  });
  it('never says "awaiting response" once a response exists in another form', () => {
    const today = '2026-01-01';
    expect(responseView(config(undefined), rec, today).kind).toBe('awaiting');
    expect(responseView(config({ date: '2020-06-25', answers: 'general' }), rec, today).kind).toBe('general');
    expect(responseView(config({ events: [{ date: '2021-09-09', kind: 'government-reply', title: 'Reply' }], answers: 'general' }), rec, today).kind).toBe('general');
    expect(responseView(config({ date: '2020-06-25' }), rec, today).kind).toBe('not-recorded');
    const themes = [{ id: 'travel', title: 'How we travel', response: { text: 'A plan.', set_by: 'commissioner', illustrative: false } }];
    expect(responseView(config({ date: '2020-06-25', answers: 'by-theme' }, themes), rec, today)).toMatchObject({ kind: 'theme', themeTitle: 'How we travel' });
    // A response dated in the future has not been given yet.
    expect(responseView(config({ date: '2030-01-01', answers: 'general' }), rec, today).kind).toBe('awaiting');
  });
  it('counts as following up only the updates made since the response', () => {
    const withUpdates = (date: string) =>
      ({
        response: { date: '2021-06-22', answers: 'general', events: [] },
        recommendations: [{ response: undefined, implementation: [{ date }] }],
      }) as never;
    expect(updatesSinceResponse(withUpdates('2020-11-26'))).toEqual([]);
    expect(updatesSinceResponse(withUpdates('2021-07-01'))).toEqual(['2021-07-01']);
  });
  it('expects no response to a principle or vision', () => {
    expect(statusKey(responseView(config({ date: '2020-06-25' }), { ...rec, kind: 'principle' }, '2026-01-01'))).toBe('no-response-expected');
  });
  it('counts a response made only of events as a response once the commissioner answers, not at a debate', () => {
    const base = {
      timeline: { reviews: [] },
      sessions: [{ start: '2020-01-25', end: undefined, days: [], change: undefined }],
      recommendations: [],
      time_zone: zone,
      report: { title: 'R', date: '2020-09-10' },
      themes: [],
    };
    const events = [
      { date: '2020-11-26', kind: 'debate', title: 'Debate' },
      { date: '2021-09-09', kind: 'government-reply', title: 'Reply' },
    ];
    const withEvents = { ...base, response: { answers: 'general', events } };
    expect(phaseOf(withEvents as never, new Date('2020-11-01T00:00:00Z'))).toBe('report-published');
    expect(phaseOf(withEvents as never, new Date('2020-12-01T00:00:00Z'))).toBe('report-published');
    expect(phaseOf(withEvents as never, new Date('2021-09-10T00:00:00Z'))).toBe('response-published');
    const rec = { kind: 'recommendation' as const, theme: undefined, response: undefined };
    expect(responseView(withEvents as never, rec, '2020-12-01').kind).toBe('awaiting');
    expect(responseView(withEvents as never, rec, '2021-09-10').kind).toBe('general');
  });
});
