/** When sessions are, how votes read, and how the response to each output is put. */
import { describe, expect, it } from 'vitest';
import { notRespondedText, responseView, statusKey, updatesSinceResponse } from '../../templates/lib/site/response.ts';
import { heldSessions, noRecordingText, sessionDayTexts, sessionTimes, sessionWhen, speakerRefs, videoLinks } from '../../templates/lib/site/sessions.ts';
import { basePhrase, countShares, leadingOption, optionShares, voteSentences, voteView, type VoteFigures } from '../../templates/lib/site/vote.ts';
import { currentOrNextSession, phaseOf } from '../../templates/lib/site/phase.ts';

const zone = 'Europe/London';
const timed = { start: '2019-09-07T10:00', end: '2019-09-07T16:30', days: [] };

describe('session times', () => {
  it('reads a timed session in the assembly\'s zone', () => {
    const t = sessionTimes(timed, zone)!;
    expect([t.start.toISOString(), t.end.toISOString(), t.timed]).toEqual(['2019-09-07T09:00:00.000Z', '2019-09-07T15:30:00.000Z', true]);
    expect(sessionWhen(timed, zone)).toBe('Saturday 7 September 2019, 10am to 4:30pm');
  });
  it('says when the times were not published, and spans whole days', () => {
    const dateOnly = { start: '2020-01-25', end: '2020-01-26', days: [] };
    const t = sessionTimes(dateOnly, zone)!;
    expect([t.firstDay, t.lastDay, t.timed]).toEqual(['2020-01-25', '2020-01-26', false]);
    expect(t.end.toISOString()).toBe('2020-01-27T00:00:00.000Z');
    expect(sessionWhen(dateOnly, zone)).toBe('Saturday 25 January 2020 to Sunday 26 January 2020 (times not published)');
    expect(sessionWhen({ start: '2020-01-25', end: undefined, days: [] }, zone)).toBe('Saturday 25 January 2020 (times not published)');
  });
  it('gives each day of a weekend its own times', () => {
    const weekend = {
      start: undefined,
      end: undefined,
      days: [
        { date: '2020-01-26', start: '09:30', end: '15:00', agenda: [] },
        { date: '2020-01-25', start: '10:00', end: '17:00', agenda: [] },
      ],
    };
    expect(sessionDayTexts(weekend, zone)).toEqual(['Saturday 25 January 2020, 10am to 5pm', 'Sunday 26 January 2020, 9:30am to 3pm']);
    expect(sessionWhen(weekend, zone)).toBe('Saturday 25 January 2020 to Sunday 26 January 2020');
    expect(sessionTimes(weekend, zone)!.end.toISOString()).toBe('2020-01-26T15:00:00.000Z');
  });
  it('keeps a time written with its own offset', () => {
    expect(sessionTimes({ start: '2019-09-07T10:00+02:00', end: '2019-09-07T12:00+02:00', days: [] }, zone)!.start.toISOString()).toBe('2019-09-07T08:00:00.000Z');
  });
  it('never makes a cancelled session next or live, nor the start of the assembly', () => {
    const cancelled = { ...timed, id: 'c', start: '2027-03-06T10:00', end: '2027-03-06T16:00', change: { status: 'cancelled' as const, reason: 'Snow.' } };
    const later = { ...timed, id: 'l', start: '2027-03-13T10:00', end: '2027-03-13T16:00', change: undefined };
    expect(heldSessions([cancelled, later]).map((s) => s.id)).toEqual(['l']);
    expect(currentOrNextSession([cancelled, later], zone, new Date('2027-03-06T11:00:00Z'))).toMatchObject({ session: { id: 'l' }, live: false });
  });
  it('reads speakers and video links written either way', () => {
    expect(speakerRefs(['jo', { speaker: 'al', as: 'chair' }])).toEqual([{ id: 'jo', as: undefined }, { id: 'al', as: 'chair' }]);
    expect(videoLinks('https://example.org/v')).toEqual([{ url: 'https://example.org/v', label: undefined, language: undefined }]);
    expect(videoLinks([{ url: 'https://example.org/bsl', label: 'In British Sign Language' }]).map((v) => v.label)).toEqual(['In British Sign Language']);
  });
});

const figures = (v: Partial<VoteFigures>): VoteFigures => ({ held: true, options: [], choice: 'one', illustrative: false, ...v });

describe('a livestreamed session without a recording', () => {
  it('says a recording may still come, until the site is the permanent record', () => {
    expect(noRecordingText(false)).toBe('This session was livestreamed. No recording has been published yet.');
    expect(noRecordingText(true)).toBe('This session was livestreamed. No recording was published.');
  });
});

describe('votes', () => {
  it('says a share with what it is out of', () => {
    const counts = voteView(figures({ for: 42, against: 7, abstain: 4 }));
    expect(voteSentences(counts, 'members')).toEqual(['42 for, 7 against and 4 abstained.', '79.2% of the 53 members who voted were in favour.']);
    const view = voteView(figures({ for: 42, against: 7, abstain: 4, base: 'members-expressing-a-view' }));
    expect(voteSentences(view, 'members')[1]).toBe('85.7% of the 49 members who voted for or against were in favour.');
    const present = countShares(figures({ for: 42, against: 7, base: 'members-present', out_of: 60 }))!;
    expect([present.outOf, present.forShare]).toEqual([60, 70]);
  });
  it('without abstentions counted, works out shares of those who voted for or against', () => {
    expect(countShares(figures({ for: 30, against: 10 }))).toMatchObject({ base: 'members-expressing-a-view', outOf: 40, forShare: 75, abstainShare: undefined });
  });
  it('gives a share against beside the share in support, never working one out from the other', () => {
    expect(voteSentences(voteView(figures({ support: 42, opposed: 36, base: 'valid-votes' })), 'members')).toEqual([
      '42% of members who cast a valid vote were in favour.',
      '36% of members who cast a valid vote were against.',
    ]);
    expect(voteSentences(voteView(figures({ opposed: 11 })), 'members')).toEqual(['11% of members were against.', 'What these shares are out of is not given.']);
  });
  it('says when the base of a share was not published, and what the share counts', () => {
    expect(voteSentences(voteView(figures({ support: 77 })), 'jurors')).toEqual(['77% of jurors were in favour.', 'What this share is out of is not given.']);
    expect(voteSentences(voteView(figures({ support: 84, base: 'valid-votes', support_means: 'strongly agreed or agreed' })), 'members')).toEqual([
      '84% of members who cast a valid vote strongly agreed or agreed.',
    ]);
  });
  it('reads a ballot with several options, and one put only to some members', () => {
    const ballot = figures({ options: [{ label: 'Future A', votes: 20 }, { label: 'Future B', votes: 50 }, { label: 'No preference', votes: 30 }] });
    const view = voteView(ballot);
    expect(view.status).toBe('options');
    expect(optionShares(ballot).map((o) => o.share)).toEqual([20, 50, 30]);
    expect(voteSentences(view, 'members')).toEqual(['Shares are of the 100 members who voted.', 'More chose “Future B” than any other option.']);
    const conditional = figures({ options: [{ label: 'Yes', share: 60 }, { label: 'No', share: 40 }], conditional_on: { output: 'futures', option: 'Future B' } });
    expect(voteSentences(voteView(conditional), 'members', () => 'Air travel futures')).toEqual([
      'What these shares are out of is not given.',
      'More chose “Yes” than any other option.',
      'Put only to the members who chose “Future B” in “Air travel futures”.',
    ]);
    expect(leadingOption([{ label: 'A', votes: 5, share: undefined, against: undefined }, { label: 'B', votes: 5, share: undefined, against: undefined }])).toBeUndefined();
    const several = figures({ choice: 'several', options: [{ label: 'Bus', share: 60 }, { label: 'Rail', share: 55 }] });
    expect(voteSentences(voteView(several), 'members')[1]).toBe('Members could choose more than one option.');
    const each = figures({ choice: 'each', options: [{ label: 'Forests', share: 99 }, { label: 'Peat', share: 85, against: 10 }] });
    expect(voteSentences(voteView(each), 'members')[1]).toBe('Members voted on each option separately, so the shares do not add up to 100%.');
    expect(optionShares(each).map((o) => o.against)).toEqual([undefined, 10]);
  });
  it('says a vote was not held, not published, or published elsewhere', () => {
    expect(voteSentences(voteView('not held'), 'members')).toEqual(['Agreed without a vote.']);
    expect(voteSentences(voteView(figures({ held: false, note: 'by consensus' })), 'members')).toEqual(['Agreed without a vote.', 'By consensus.']);
    expect(voteSentences(voteView('not published'), 'members')).toEqual(['A vote was held, but its figures were not published.']);
    expect(voteView(figures({ url: 'https://example.org/votes' }))).toMatchObject({ status: 'elsewhere', url: 'https://example.org/votes' });
    expect(voteView(undefined)).toEqual({ status: 'none' });
  });
  it('names every base in words', () => {
    expect(basePhrase('all-members', 108, 'members')).toBe('all 108 members');
    expect(basePhrase('members-present', undefined, 'jurors')).toBe('jurors present');
  });
});

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
