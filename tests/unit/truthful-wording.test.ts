/**
 * The sentences pages build from the data: figures as published, lists, punctuation, tense,
 * payment and funding. Each rule has an example that meets it and one that would break it.
 */
import { describe, expect, it } from 'vitest';
import { bounds, estimate, exactly, figureText, moneyText } from '../../templates/lib/site/figures.ts';
import { countText, inSentence, listText, sentence, sentences } from '../../templates/lib/site/format.ts';
import { fundingSentences } from '../../templates/lib/site/funding.ts';
import { membersCountSentence, membersTense, paymentSentence, profileBaseSentence, profileRows, selectionSteps, supportSentence } from '../../templates/lib/site/members.ts';
import type { Phase } from '../../templates/lib/site/phase.ts';
import { outputCounts, outputsByBody } from '../../templates/lib/site/outputs.ts';
import { seriesParts } from '../../templates/lib/site/series.ts';

describe('figures as published', () => {
  it('say exact, approximate, ranged and floor figures in words', () => {
    expect(figureText(110)).toBe('110');
    expect(figureText({ about: 520000 })).toBe('about 520,000');
    expect(figureText({ between: [1500, 1800] })).toBe('between 1,500 and 1,800');
    expect(figureText({ more_than: 1500 })).toBe('more than 1,500');
    expect(moneyText({ amount: { about: 120000 }, currency: 'GBP' })).toBe('about £120,000');
    expect(moneyText({ amount: 150, currency: 'EUR' })).toBe('€150');
  });
  it('compare only what the figures allow, and never treat "not published" as a number', () => {
    expect(bounds({ between: [1800, 1500] })).toEqual([1500, 1800]);
    expect(bounds({ more_than: 1500 })).toEqual([1500, Number.POSITIVE_INFINITY]);
    expect(bounds('not published')).toBeUndefined();
    expect(exactly({ about: 5 })).toBeUndefined();
    expect(exactly(5)).toBe(5);
    expect(estimate({ between: [100, 120] })).toBe(110);
    expect(estimate({ more_than: 100 })).toBeUndefined();
  });
});

describe('sentences from organisers\' text', () => {
  it('read lists as "A, B and C"', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listText(['A', 'B'], 'or')).toBe('A or B');
  });
  it('end every sentence with exactly one stop, never doubled', () => {
    expect(sentence('members were paid')).toBe('Members were paid.');
    expect(sentence('Members were paid.')).toBe('Members were paid.');
    expect(sentence('Was it fair?')).toBe('Was it fair?');
    expect(sentence('trailing comma,')).toBe('Trailing comma.');
    expect(sentence('He said "yes."')).toBe('He said "yes."');
    expect(sentences('Not streamed', 'To protect members.', undefined, '')).toBe('Not streamed. To protect members.');
  });
  it('count things with the right plural', () => {
    expect(countText(1, 'session')).toBe('1 session');
    expect(countText(1200, 'session')).toBe('1,200 sessions');
    expect(countText(2, 'piece of evidence', 'pieces of evidence')).toBe('2 pieces of evidence');
  });
  it('lower-case only a leading article inside a sentence, never a name', () => {
    expect(inSentence('The UK Government')).toBe('the UK Government');
    expect(inSentence('An independent evaluator')).toBe('an independent evaluator');
    expect(inSentence('Riverside District Council')).toBe('Riverside District Council');
  });
});

describe('members\' recruitment, payment and support', () => {
  it('show the recruitment figures as published, including "not published"', () => {
    expect(selectionSteps({ invitations_sent: 30000, replies: { more_than: 1500 }, selected: 110, dropped_out: 'not published', stratified_by: [] })).toEqual([
      ['Invitations sent', '30,000'],
      ['People who replied', 'More than 1,500'],
      ['Members selected', '110'],
      ['Dropped out', 'Not published'],
    ]);
  });
  it('never say "paid £0": unpaid and unknown payments are said as such, in the right tense', () => {
    const paid = { payment: { amount: { amount: 150, currency: 'GBP' }, per: 'weekend' as const }, expenses: [] };
    expect(paymentSentence(paid, true, 'members')).toBe('Each member was paid £150 for each weekend.');
    expect(paymentSentence(paid, false, 'jurors')).toBe('Each member is paid £150 for each weekend.');
    expect(paymentSentence({ payment: 'unpaid', expenses: [] }, true, 'jurors')).toBe('Jurors were not paid for their time.');
    expect(paymentSentence({ payment: 'not published', expenses: [] }, true, 'members')).toBe('Whether members were paid for their time was not published.');
    expect(paymentSentence(undefined, true, 'members')).toBeUndefined();
    const total = { payment: { amount: { amount: { about: 400 }, currency: 'GBP' }, per: 'total' as const, note: 'paid as vouchers' }, expenses: [] };
    expect(paymentSentence(total, false, 'members')).toBe('Each member is paid about £400 in total. Paid as vouchers.');
  });
  it('list the help offered as one sentence', () => {
    expect(supportSentence({ payment: 'unpaid', expenses: ['travel', 'childcare', 'internet'] }, true, 'members')).toBe(
      'Members were offered help with travel, childcare and internet access.',
    );
    expect(supportSentence({ payment: 'unpaid', expenses: [] }, true, 'members')).toBeUndefined();
  });
  it('count a profile on its own base, or on those counted in it', () => {
    const categories = [
      { name: 'Very concerned', members: 54 },
      { name: 'Fairly concerned', members: 36 },
    ];
    expect(profileRows({ categories, base: { who: 'members selected', total: 110 } }).map((r) => r.memberShare)).toEqual([49.1, 32.7]);
    expect(profileRows({ categories, base: undefined }).map((r) => r.memberShare)).toEqual([60, 40]);
    expect(profileRows({ categories: [{ name: 'A', share: 12.5 }], base: undefined })[0]).toMatchObject({ members: undefined, memberShare: 12.5 });
    expect(profileBaseSentence({ base: { who: 'members selected', total: 110 } })).toBe('Counted among the 110 members selected.');
    expect(profileBaseSentence({ base: undefined })).toBeUndefined();
  });
});

describe('funding', () => {
  it('reads amounts naturally, says which were not published, and the total in the right tense', () => {
    expect(
      fundingSentences(
        {
          funders: [
            { name: 'The House of Commons', amount: { amount: 120000, currency: 'GBP' } },
            { name: 'Esmée Fairbairn Foundation', amount: { amount: { about: 200000 }, currency: 'GBP' } },
            { name: 'European Climate Foundation', amount: 'not published' },
          ],
          total: { amount: { about: 520000 }, currency: 'GBP' },
        },
        true,
      ),
    ).toEqual([
      'Funded by the House of Commons (£120,000), Esmée Fairbairn Foundation (about £200,000) and European Climate Foundation (amount not published).',
      'The total budget was about £520,000.',
    ]);
    expect(fundingSentences({ source: 'The UK Government', funders: [], total: 'not published' }, false)).toEqual([
      'Funded by the UK Government.',
      'The total budget has not been published.',
    ]);
  });
});

describe('outputs and series', () => {
  it('count outputs by kind, never calling a principle a recommendation', () => {
    expect(outputCounts([{ kind: 'recommendation' }, { kind: 'recommendation' }, { kind: 'principle' }, { kind: 'statement-of-ambition' }])).toBe(
      '2 recommendations, 1 principle and 1 statement of ambition',
    );
  });
  it('show a linked body\'s outputs apart from the assembly\'s own', () => {
    const config = {
      linked_bodies: [{ id: 'cp', name: "Children's Parliament", description: 'Children.', url: undefined }],
      recommendations: [{ id: 'a', from: undefined }, { id: 'b', from: 'cp' }],
    } as never;
    const { own, linked } = outputsByBody(config);
    expect(own.map((o: { id: string }) => o.id)).toEqual(['a']);
    expect(linked.map((g) => [g.body.id, g.outputs.length])).toEqual([['cp', 1]]);
  });
  it('gather the parts of a series built here and published elsewhere, in order', () => {
    const series = (part: number) => ({ id: 'ca', title: 'The Citizens\' Assembly 2016–2018', part, parts: [{ title: 'Ageing', part: 2, url: 'https://example.org/ageing/' }] });
    const one = { id: 'eighth', config: { title: 'Eighth Amendment', series: series(1) } };
    const three = { id: 'climate', config: { title: 'Climate change', series: series(3) } };
    const other = { id: 'x', config: { title: 'Unrelated', series: undefined } };
    expect(seriesParts(three, [one, three, other], (id) => `/${id}/`)).toEqual([
      { title: 'Eighth Amendment', part: 1, href: '/eighth/', current: false },
      { title: 'Ageing', part: 2, href: 'https://example.org/ageing/', current: false },
      { title: 'Climate change', part: 3, href: '/climate/', current: true },
    ]);
  });
});

describe('the members, in the tense of the phase', () => {
  it('will have members while recruiting, has them during the sessions and had them after', () => {
    expect(['announced', 'recruiting', 'in-session', 'sessions-ended', 'archived'].map((p) => membersTense(p as Phase))).toEqual(['future', 'future', 'present', 'past', 'past']);
    expect(membersCountSentence('the jury', '24', 'future')).toBe('The jury will have 24 members.');
    expect(membersCountSentence('the jury', '24', 'present')).toBe('The jury has 24 members.');
    expect(membersCountSentence('the assembly', 'about 99', 'past')).toBe('The assembly had about 99 members.');
  });
});
