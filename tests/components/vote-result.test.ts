/**
 * An output's vote (templates/components/VoteResult.astro), rendered through Astro's container API:
 * counts read with what they are out of; figures that were not published, or a vote not held, are
 * said as such and never shown as numbers.
 */
import { describe, expect, it } from 'vitest';
import VoteResult from '../../templates/components/VoteResult.astro';
import { siteAssembly, wordsForOutput, type SiteAssembly } from './assemblies.ts';

const vote = (assembly: SiteAssembly, id: string) => wordsForOutput(VoteResult, assembly, id);
const cambridge = siteAssembly('assemblies', 'greater-cambridge-2019');
const national = siteAssembly('tests/fixtures/sites/real-world', 'national-2020');

describe('VoteResult', () => {
  it('reads counts with what each share is out of', async () => {
    const words = await vote(cambridge, 'road-closures');
    expect(words).toContain('42 for, 7 against and 4 abstained.');
    expect(words).toContain('79.2% of the 53 assembly members who voted were in favour.');
    // The example's figures are invented, and the page says so.
    expect(words).toMatch(/Illustrative$/);
  });

  it('says figures were not published, and shows none', async () => {
    const words = await vote(national, 'heat-pumps');
    expect(words).toContain('A vote was held, but its figures were not published.');
    expect(words).not.toMatch(/\d+%/);
  });

  it('says a principle agreed without a vote was agreed so, with no figures', async () => {
    const words = await vote(national, 'fairness');
    expect(words).toContain('Agreed without a vote.');
    expect(words).not.toMatch(/\d+%|for, /);
  });

  it('gives the options of a ballot with their shares', async () => {
    const words = await vote(national, 'removal-methods');
    expect(words).toContain('Forests');
    expect(words).toMatch(/99%/);
  });
});
