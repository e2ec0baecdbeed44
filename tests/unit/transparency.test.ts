import { describe, expect, it } from 'vitest';
import { loadAll } from '../../templates/lib/config/load-all.ts';
import { assess, missingMusts, totals, type Assessment } from '../../templates/lib/transparency/assess.ts';
import { rules } from '../../templates/lib/transparency/rules.ts';
import { transparencyReport } from '../../templates/lib/transparency/text-report.ts';
import { testEpoch } from '../support/build-examples.ts';

const today = new Date(Number(testEpoch) * 1000);
const examples = Object.fromEntries(loadAll({}).assemblies.map((a) => [a.id, a]));
const riverside = examples['riverside-2027']!;
const input = (config = riverside.config) => ({ config, chapters: riverside.report.length, news: riverside.news.length });
const statusOf = (assessment: Assessment, id: string) => assessment.items.find((i) => i.id === id)?.status;

describe('transparency rules', () => {
  it('each have a guidance number, a unique id, a field to fill and a fix-it hint', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.item).toBeGreaterThanOrEqual(1);
      expect(rule.item).toBeLessThanOrEqual(86);
      expect(rule.id.startsWith(`G${rule.item}-`)).toBe(true);
      expect(rule.field).not.toBe('');
      expect(rule.fix).toMatch(/\.$/);
    }
  });

  it.each(Object.keys(examples))('find every MUST item of its phase in the example %s', (id) => {
    const example = examples[id]!;
    const assessment = assess({ config: example.config, chapters: example.report.length, news: example.news.length }, today);
    expect(missingMusts(assessment)).toEqual([]);
  });

  it('name the missing recruitment method: item, phase and field', () => {
    const { method: _, ...selection } = riverside.config.members!.selection!;
    const config = { ...riverside.config, members: { ...riverside.config.members!, selection } };
    const assessment = assess(input(config), today);
    expect(assessment.phase).toBe('recruiting');
    expect(missingMusts(assessment)).toMatchObject([{ item: 'G8', from: 'recruiting', field: 'members.selection.method, members.selection.stratified_by' }]);
    expect(assessment.score).toBeLessThan(100);
    const report = transparencyReport('riverside-2027', 'assemblies/riverside-2027', assessment);
    expect(report).toContain('MUST   G8   How members are chosen');
    expect(report).toContain('expected from "Recruiting members"');
    expect(report).toContain('Fill members.selection.method, members.selection.stratified_by in assemblies/riverside-2027/assembly.yaml');
  });

  it('expect items from their phase, or from their own date when that comes first', () => {
    const before = assess(input(), today);
    expect(statusOf(before, 'G29-report')).toBe('upcoming');
    expect(before.items.find((i) => i.id === 'G29-report')?.due).toBe(riverside.config.timeline.report_due);
    // Past the promised response date with no response: overdue, even though no response phase has begun.
    const late = assess(input(), new Date(Date.parse(riverside.config.commitment!.respond_by!) + 2 * 86_400_000));
    expect(late.phase).not.toBe('response-published');
    expect(statusOf(late, 'G32-response')).toBe('missing');
  });

  it('do not count checks on past sessions as met before any session has ended', () => {
    const sessionsEnded = assess(input(), new Date('2030-01-01T00:00:00Z'));
    expect(statusOf(assess(input(), today), 'G16-recordings')).toBe('upcoming');
    expect(statusOf(sessionsEnded, 'G16-recordings')).toBe('missing');
  });

  it('leave out items that do not concern the assembly, such as submission rules without submissions', () => {
    const { submissions: _, ...config } = riverside.config;
    const assessment = assess(input(config as typeof riverside.config), today);
    expect(statusOf(assessment, 'G12-submission-rules')).toBe('not-relevant');
    expect(statusOf(assess(input(), today), 'G12-submission-rules')).toBe('met');
  });

  it('speak of a jury as a jury', () => {
    const labels = assess(input(), today).items.map((i) => i.label).join(' ');
    expect(riverside.config.kind).toBe('citizens-jury');
    expect(labels).toContain('Who pays for the jury');
    expect(labels).not.toMatch(/\bthe assembly\b/i);
  });

  it('score MUST items above SHOULD ones', () => {
    const full = assess(input(), today);
    expect(full.score).toBe(100);
    expect(totals(full).met).toBe(totals(full).expected);
    const withoutMust = assess(input(), today, rules.map((r) => (r.id === 'G8-selection-method' ? { ...r, met: () => false } : r)));
    const withoutShould = assess(input(), today, rules.map((r) => (r.id === 'G10-faq' ? { ...r, met: () => false } : r)));
    expect(withoutMust.score).toBeLessThan(withoutShould.score);
    expect(withoutShould.score).toBeLessThan(100);
  });
});
