/** How votes read (templates/lib/site/vote.ts): shares with what they are out of, ballots with options. */
import { describe, expect, it } from 'vitest';
import { basePhrase, countShares, leadingOption, optionShares, voteSentences, voteView, type VoteFigures } from '../../templates/lib/site/vote.ts';

const figures = (v: Partial<VoteFigures>): VoteFigures => ({ held: true, options: [], choice: 'one', illustrative: false, ...v });

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
