/**
 * The answer to one output (templates/components/ResponseToOutput.astro), rendered through Astro's
 * container API from the example and fixture assemblies: each form a response takes reads as what
 * happened, and never as another form.
 */
import { describe, expect, it } from 'vitest';
import ResponseToOutput from '../../templates/components/ResponseToOutput.astro';
import { siteAssembly, wordsForOutput, type SiteAssembly } from './assemblies.ts';

const answer = (assembly: SiteAssembly, id: string) => wordsForOutput(ResponseToOutput, assembly, id);
const cambridge = siteAssembly('assemblies', 'greater-cambridge-2019');

describe('ResponseToOutput', () => {
  it('gives a decision: its status and what the status means; an invented one is marked and attributed to no one', async () => {
    const words = await answer(cambridge, 'road-closures');
    expect(words).toContain('Partly accepted Illustrative');
    expect(words).toContain('The commissioner agreed to do some of it.');
    expect(words).not.toMatch(/As stated by /);
    expect(words).not.toContain('in general');
  });

  it('says who stated a real decision', async () => {
    const words = await answer(siteAssembly('tests/fixtures/sites/real-world', 'national-2020'), 'insulation');
    expect(words).toContain('Accepted');
    expect(words).toContain('We will insulate homes.');
    expect(words).toMatch(/As stated by |assessed by this site's editors/);
  });

  it('says a general answer was general, with no status of its own', async () => {
    const words = await answer(siteAssembly('assemblies', 'climate-assembly-uk-2020'), 'low-carbon-buses-and-trains');
    expect(words).toContain('The response answered the recommendations in general and did not answer them one by one.');
    expect(words).not.toMatch(/Accepted|Not accepted|Under consideration/);
  });

  it('says the commissioner has not responded yet when there is no response', async () => {
    const unanswered = { ...cambridge, config: { ...cambridge.config, response: undefined, recommendations: cambridge.config.recommendations.map((r) => ({ ...r, response: undefined })) } };
    const words = await answer(unanswered, 'road-closures');
    expect(words).toMatch(/has not responded/);
    expect(words).not.toContain('Partly accepted');
  });
});
