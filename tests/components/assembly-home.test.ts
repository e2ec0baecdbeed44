/**
 * An assembly's home page (templates/components/AssemblyHome.astro), rendered through Astro's
 * container API: in Welsh for the Welsh version of a bilingual assembly, with none of the page's
 * own words left in English, and in English for its English version (issue 19).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AssemblyHome from '../../templates/components/AssemblyHome.astro';
import { loadAll } from '../../templates/lib/config/load-all.ts';
import { siteAssemblyOf } from '../../templates/lib/site/site-assembly.ts';
import { testNow, textOf } from './assemblies.ts';

const container = await AstroContainer.create();
const versions = loadAll({ dir: 'assemblies', only: 'aberwen-2027' }).assemblies.map((loaded) => siteAssemblyOf(loaded, testNow, process.cwd()));
const home = async (id: string) => {
  const assembly = versions.find((v) => v.id === id)!;
  return textOf(await container.renderToString(AssemblyHome, { props: { assembly } }));
};
/** The home page's own English words, each of which has a Welsh translation in the catalogue. */
const englishWords = ['The question', 'Take part', 'Received an invitation', 'How assembly members are chosen', 'Next session', 'Where we are', 'To come', 'Expected:', 'In numbers', 'Latest news', 'Follow the assembly', 'Subscribe to every session', 'Playing this video', 'Watch the livestream', 'As of', 'Recruiting members', ' to '];

describe('AssemblyHome', () => {
  it('is all in Welsh on the Welsh version: headings, steps, dates, times, counts and the video', async () => {
    const words = await home('aberwen-2027');
    expect(words).toContain('Y cwestiwn');
    expect(words).toContain('Wedi cael gwahoddiad? Atebwch erbyn 15 Ionawr 2027.');
    expect(words).toContain('Dydd Sadwrn 6 Mawrth 2027, 10yb tan 4yh');
    expect(words).toContain('Nawr Recriwtio aelodau 16 Tachwedd 2026 tan 15 Ionawr 2027');
    expect(words).toContain("Mewn rhifau 30 o aelodau'r cynulliad 3 sesiwn");
    expect(words).toContain("Mae chwarae'r fideo hwn yn ei lwytho o YouTube");
    expect(englishWords.filter((english) => words.includes(english))).toEqual([]);
  });

  it('is in English on the English version, with the same steps and dates', async () => {
    const words = await home('aberwen-2027/en');
    expect(words).toContain('Saturday 6 March 2027, 10am to 4pm');
    expect(words).toContain('Now Recruiting members 16 November 2026 to 15 January 2027');
    expect(words).toContain('In numbers 30 assembly members 3 sessions');
    expect(englishWords.filter((english) => !words.includes(english))).toEqual([]);
  });
});
