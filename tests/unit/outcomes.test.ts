/** What every report format says of each output, its vote and its response (templates/lib/report/outcomes.ts). */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { outcomes, outcomesChapter, outcomesMarkdown } from '../../templates/lib/report/outcomes.ts';
import { markdownToText } from '../../templates/lib/report/plain-text.ts';

const cauk = loadAssembly('assemblies', 'climate-assembly-uk-2020').assembly!.config;

describe('outcomes', () => {
  it('give each output its vote, with a line per option of a ballot, and its response', () => {
    const list = outcomes(cauk, '2026-11-22');
    expect(list).toHaveLength(cauk.recommendations.length);
    const withOptions = cauk.recommendations.find((r) => typeof r.vote === 'object' && 'options' in r.vote && (r.vote.options?.length ?? 0) > 0);
    const ballot = list.find((o) => o.id === withOptions?.id);
    expect(ballot?.vote.filter((line) => /^[^:]+: .*%/.test(line)).length).toBeGreaterThan(1);
    expect(list.every((o) => o.response.length === 0 || o.response[0]!.startsWith('Response: '))).toBe(true);
  });

  it('say nothing of a response before one is due, and none for outputs that expect none', () => {
    const before = outcomes({ ...cauk, response: undefined, recommendations: cauk.recommendations.map((r) => ({ ...r, response: undefined })) }, '2020-01-01');
    for (const o of before) expect(o.response, o.id).toEqual(o.kind === undefined || o.kind === 'Call to action' ? ['Response: Awaiting response.'] : []);
  });

  it('keep text that looks like Markdown as text in the text formats', () => {
    const markdown = outcomesMarkdown([{ id: 'a', title: 'Cut *all* <emissions> [now]', kind: undefined, theme: undefined, text: '1. Not a list - really # not a heading', vote: [], response: [], illustrative: false, voteIllustrative: false, responseIllustrative: false }]);
    expect(markdownToText(markdown)).toBe('Cut *all* <emissions> [now]\n---------------------------\n\n1. Not a list - really # not a heading');
  });

  it('say which vote figures and which responses are invented for the example, in every format', () => {
    const cambridge = loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config;
    const roads = outcomes(cambridge, '2026-11-22').find((o) => o.id === 'road-closures')!;
    expect(roads).toMatchObject({ illustrative: false, voteIllustrative: true, responseIllustrative: true });
    const text = markdownToText(outcomesMarkdown([roads])).replace(/\s+/g, ' ');
    expect(text).toContain('79.2% of the 53 assembly members who voted were in favour. (illustrative)');
    expect(text).toContain('Response: Partly accepted, 25 June 2020. (illustrative)');
    const plain = { ...roads, voteIllustrative: false, responseIllustrative: false };
    expect(markdownToText(outcomesMarkdown([plain]))).not.toContain('illustrative');
  });

  it('begin by saying they are not part of the published report, and when they were compiled', () => {
    expect(outcomesChapter(cauk, '2026-11-22')!.body).toMatch(/^This part is not in the published report: this site compiled it from its record of the votes and the responses, as it stood on 22 November 2026\.\n\n## /);
  });

  it('make no chapter when there is nothing to carry', () => {
    expect(outcomesChapter({ ...cauk, recommendations: [] }, '2026-11-22')).toBeUndefined();
  });
});
