/**
 * The sentences pages build about funding (templates/lib/site/funding.ts): amounts as published,
 * those not published said as such, and the total in the right tense. Each rule has an example that
 * meets it and one that would break it.
 */
import { describe, expect, it } from 'vitest';
import { fundingSentences } from '../../templates/lib/site/funding.ts';

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
