/**
 * The sentences pages build about the members (templates/lib/site/members.ts): recruitment figures
 * as published, payment and support, profiles, and the tense of the phase. Each rule has an example
 * that meets it and one that would break it.
 */
import { describe, expect, it } from 'vitest';
import { membersCountSentence, membersTense, paymentSentence, profileBaseSentence, profileRows, selectionSteps, supportSentence } from '../../templates/lib/site/members.ts';
import type { Phase } from '../../templates/lib/site/phase.ts';

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

describe('the members, in the tense of the phase', () => {
  it('will have members while recruiting, has them during the sessions and had them after', () => {
    expect(['announced', 'recruiting', 'in-session', 'sessions-ended', 'archived'].map((p) => membersTense(p as Phase))).toEqual(['future', 'future', 'present', 'past', 'past']);
    expect(membersCountSentence('the jury', '24', 'future')).toBe('The jury will have 24 members.');
    expect(membersCountSentence('the jury', '24', 'present')).toBe('The jury has 24 members.');
    expect(membersCountSentence('the assembly', 'about 99', 'past')).toBe('The assembly had about 99 members.');
  });
});
