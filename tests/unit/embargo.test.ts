/** What may be published at a given moment (templates/lib/site/embargo.ts). */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { publishedAsOf, referencedFiles, withheldLines } from '../../templates/lib/site/embargo.ts';

const { assembly } = loadAssembly('tests/fixtures/sites/embargo', 'future-2027');
const input = { config: assembly!.config, chapters: assembly!.report, news: assembly!.news };
const at = (date: string) => publishedAsOf(input, new Date(`${date}T12:00:00Z`));

describe('publishedAsOf', () => {
  it('keeps the report, its chapters and the outputs it presents off until its date', () => {
    const early = at('2027-05-13');
    expect(early.config.report).toBeUndefined();
    expect(early.chapters).toEqual([]);
    // An output published on its own date comes before the report.
    expect(early.config.recommendations.map((r) => r.id)).toEqual(['early-statement']);
    const due = at('2027-05-14');
    expect(due.config.report?.title).toBe('Quillembargo report');
    expect(due.chapters.map((c) => c.meta.title)).toEqual(['Quillembargo findings']);
    expect(due.config.recommendations.map((r) => r.id)).toEqual(['early-statement', 'buses']);
  });
  it('publishes a response document, its events, decisions and updates each from its own date', () => {
    const beforeResponse = at('2027-09-29');
    expect(beforeResponse.config.response).toBeUndefined();
    expect(beforeResponse.config.recommendations[1]!.response).toBeUndefined();
    const afterResponse = at('2027-09-30');
    expect(afterResponse.config.response?.title).toBe('Quillembargo response');
    expect(afterResponse.config.response?.events).toEqual([]);
    expect(afterResponse.config.recommendations[1]!.response?.status).toBe('accepted');
    expect(afterResponse.config.recommendations[1]!.implementation).toEqual([]);
    expect(at('2027-12-01').config.recommendations[1]!.implementation).toHaveLength(1);
  });
  it('drops links to evidence not yet published, and the files only it points to', () => {
    const early = at('2027-03-05');
    expect(early.config.evidence.map((e) => e.id)).toEqual(['earlier-talk']);
    expect(early.config.sessions[0]!.agenda[0]!.evidence).toEqual(['earlier-talk']);
    expect(referencedFiles(assembly!.files, early.config)).toEqual({});
    expect(Object.keys(referencedFiles(assembly!.files, at('2027-05-14').config))).toEqual(['files/quillembargo-report.pdf']);
  });
  it('never publishes drafts, and lists what is withheld soonest first with drafts last', () => {
    const late = at('2030-01-01');
    expect(late.config.recommendations.map((r) => r.id)).not.toContain('secret');
    expect(late.news.map((n) => n.meta.title)).not.toContain('A draft post');
    expect(withheldLines(late.withheld)).toEqual([
      'Draft: "A draft output" (recommendations[2])',
      'Draft: News: "A draft post" (tests/fixtures/sites/embargo/future-2027/news/2026-11-01-draft.mdx)',
      'Draft: The chapter "A draft chapter" (tests/fixtures/sites/embargo/future-2027/report/02-draft.mdx)',
    ]);
    expect(withheldLines(at('2027-09-30').withheld)[0]).toBe('From 15 October 2027: Response event: Quillembargo debate (response.events[0])');
  });
});
