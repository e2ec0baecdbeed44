/** The A to Z of an assembly's pages (templates/lib/site/a-to-z.ts). */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { filingLetter, groupByLetter, siteIndex } from '../../templates/lib/site/a-to-z.ts';

describe('A to Z', () => {
  it('files titles by their first letter, ignoring "The" and "A"', () => {
    expect(filingLetter('The options: a neutral briefing')).toBe('O');
    expect(filingLetter('A clean air zone')).toBe('C');
    expect(filingLetter('2030 vision')).toBe('0–9');
  });
  it('lists everything of an example, grouped and sorted', () => {
    const { assembly } = loadAssembly('assemblies', 'greater-cambridge-2019');
    const entries = siteIndex(assembly!.config, assembly!.report, assembly!.news);
    const c = assembly!.config;
    expect(entries).toHaveLength(c.sessions.length + c.evidence.length + c.speakers.length + c.recommendations.length + assembly!.report.length + assembly!.news.length + c.faq.length);
    const groups = groupByLetter(entries);
    expect(groups.map((g) => g.letter)).toEqual([...groups.map((g) => g.letter)].sort((a, b) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a.localeCompare(b))));
    expect(groups.find((g) => g.letter === 'C')?.entries.map((e) => e.title)).toContain('A clean air zone');
  });
  it('names each output by its kind, and puts numbers in numeric order', () => {
    const { assembly } = loadAssembly('assemblies', 'climate-assembly-uk-2020');
    const kinds = new Set(siteIndex(assembly!.config, [], []).filter((e) => e.segments[0] === 'recommendations').map((e) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['Recommendation', 'Principle', 'Ballot', 'Statement']));
    const entry = (title: string) => ({ title, segments: [], kind: 'Recommendation' });
    const [group] = groupByLetter([entry('Recommendation 10'), entry('Recommendation 2'), entry('Recommendation 1')]);
    expect(group!.entries.map((e) => e.title)).toEqual(['Recommendation 1', 'Recommendation 2', 'Recommendation 10']);
  });
});
