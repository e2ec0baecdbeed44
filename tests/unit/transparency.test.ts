import { describe, expect, it } from 'vitest';
import { loadAll } from '../../templates/lib/config/load-all.ts';
import { assess, missingMusts, stillToFill, totals, type Assessment } from '../../templates/lib/transparency/assess.ts';
import { rules } from '../../templates/lib/transparency/rules.ts';
import type { RuleField } from '../../templates/lib/transparency/rule.ts';
import { assemblySchema } from '../../templates/schema/assembly.ts';
import { schemaAt } from '../../templates/lib/config/schema-walk.ts';
import { mdxFolders } from '../../templates/schema/frontmatter.ts';
import { withoutStarterText } from '../../templates/lib/transparency/starter-text.ts';
import { transparencyReport, whereToFix } from '../../templates/lib/transparency/text-report.ts';
import { testEpoch } from '../support/build-examples.ts';

const today = new Date(Number(testEpoch) * 1000);
const examples = Object.fromEntries(loadAll({}).assemblies.map((a) => [a.id, a]));
const riverside = examples['riverside-2027']!;
const input = (config = riverside.config) => ({ config, chapters: riverside.report.length, news: riverside.news.length });
const statusOf = (assessment: Assessment, id: string) => assessment.items.find((i) => i.id === id)?.status;

/** Whether a rule's field names a field of assembly.yaml in the schema, or a content folder. */
function inSchema(field: string): boolean {
  if (field.endsWith('/')) return field.slice(0, -1) in mdxFolders;
  const path = field.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));
  return schemaAt(assemblySchema, path) !== undefined;
}

describe('the fields each transparency rule names', () => {
  it('are fields of the schema or content folders', () => {
    expect(rules.flatMap((rule) => rule.fields.filter((field) => !inSchema(field)).map((field) => `${rule.id}: ${field}`))).toEqual([]);
  });
  it('would notice a misspelt field, a list without its items, and an unknown folder', () => {
    expect(inSchema('members.selection.method')).toBe(true);
    expect(inSchema('sessions[].agenda')).toBe(true);
    expect(inSchema('report/')).toBe(true);
    expect(inSchema('members.selction.method')).toBe(false);
    expect(inSchema('sessions.agenda')).toBe(false);
    expect(inSchema('minutes/')).toBe(false);
    // The type says the same before any test runs.
    // @ts-expect-error: not a field of assembly.yaml
    const misspelt: RuleField = 'members.selction.method';
    // @ts-expect-error: not a content folder
    const folder: RuleField = 'minutes/';
    const right: RuleField[] = ['members.selection.method', 'sessions[].agenda', 'report/'];
    expect([misspelt, folder, ...right]).toHaveLength(5);
  });
});

describe('transparency rules', () => {
  it('each have a guidance number, a unique id, a field to fill and a fix-it hint', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.item).toBeGreaterThanOrEqual(1);
      expect(rule.item).toBeLessThanOrEqual(86);
      expect(rule.id.startsWith(`G${rule.item}-`)).toBe(true);
      expect(rule.fields.length).toBeGreaterThan(0);
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
    // Only what is still to fill in is named: stratified_by is there.
    expect(missingMusts(assessment)).toMatchObject([{ item: 'G8', from: 'recruiting', field: 'members.selection.method' }]);
    expect(assessment.score).toBeLessThan(100);
    const report = transparencyReport('riverside-2027', 'assemblies/riverside-2027', assessment);
    expect(report).toContain('MUST   G8   How members are chosen');
    expect(report).toContain('expected from "Recruiting members"');
    expect(report).toContain('Fill members.selection.method in assemblies/riverside-2027/assembly.yaml');
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

  it('do not claim an item about each recording is met when there is no recording to check', () => {
    expect(statusOf(assess(input(), new Date('2030-01-01T00:00:00Z')), 'G57-captions')).toBe('not-relevant');
    const recorded = { ...riverside.config, sessions: riverside.config.sessions.map((s, i) => (i === 0 ? { ...s, recording: 'https://www.youtube.com/watch?v=rvsjury0001', captions: true } : s)) };
    expect(statusOf(assess(input(recorded), new Date('2030-01-01T00:00:00Z')), 'G57-captions')).toBe('met');
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

  it('name each session, evidence item or recommendation that lacks an item, by id for organisers and by title for visitors', () => {
    // The site visit has no agenda in the example; take the agenda of the second session away too.
    const config = { ...riverside.config, sessions: riverside.config.sessions.map((session, i) => (i === 1 ? { ...session, agenda: [] } : session)) };
    const item = assess(input(config), new Date('2027-03-07T00:00:00Z')).items.find((i) => i.id === 'G11-agendas')!;
    expect(item.status).toBe('missing');
    expect(item.lacking).toEqual([
      { name: 'session learning-2', title: config.sessions[1]!.title, declared: false },
      { name: 'session site-visit', title: config.sessions[2]!.title, declared: false },
    ]);
    expect(assess(input(), new Date('2027-03-07T00:00:00Z')).items.find((i) => i.id === 'G11-agendas')!.lacking.map((l) => l.name)).toEqual(['session site-visit']);
    const report = transparencyReport('riverside-2027', 'assemblies/riverside-2027', assess(input(config), new Date('2027-03-07T00:00:00Z')));
    expect(report).toContain('Lacking: session learning-2 and session site-visit.');
  });

  it('count an item stated as not published as not met, and list it apart from what is missing', () => {
    // The Greater Cambridge example says two votes' figures were not published.
    const cambridge = examples['greater-cambridge-2019']!;
    const declared = assess({ config: cambridge.config, chapters: 3, news: 3 }, today);
    expect(statusOf(declared, 'G31-votes')).toBe('not-published');
    expect(declared.items.find((i) => i.id === 'G31-votes')!.lacking.map((l) => [l.name, l.declared])).toEqual([
      ['recommendation affordable-public-transport', true],
      ['recommendation franchised-buses', true],
    ]);
    expect(missingMusts(declared).map((i) => i.id)).not.toContain('G31-votes');
    const report = transparencyReport('gc', 'assemblies/gc', declared);
    expect(report).toMatch(/Stated as never published \(\d+\), counted as not met:\n.*G31 .*recommendation affordable-public-transport \(not published\)/);
    expect(declared.score).toBeLessThan(100);
    // Without the statement, the same gap is missing, to be filled.
    const unstated = { ...cambridge.config, recommendations: cambridge.config.recommendations.map((r) => ({ ...r, vote: r.vote === 'not published' ? undefined : r.vote })) };
    expect(statusOf(assess({ config: unstated, chapters: 3, news: 3 }, today), 'G31-votes')).toBe('missing');
  });

  it('list exactly as many items as "Met (N)" says', () => {
    const report = transparencyReport('riverside-2027', 'assemblies/riverside-2027', assess(input(), today));
    for (const [, count, list] of report.matchAll(/(?:Met|Still to come) \((\d+)\): (.*)\./g)) {
      expect(list!.split(', ')).toHaveLength(Number(count));
    }
    expect(report).toMatch(/Met \(\d+\)/);
  });
});

describe('starter text from npm run new', () => {
  it('never counts as published', () => {
    const config = {
      ...riverside.config,
      remit: 'REPLACE: what members are asked to do',
      commitment: { text: 'REPLACE: the promise', respond_by: '2027-09-30' },
      organisations: [{ name: 'REPLACE: who runs it', roles: ['organiser' as const] }, ...riverside.config.organisations.filter((o) => o.roles.includes('recruiter'))],
    };
    const assessment = assess(input(config), today);
    expect(statusOf(assessment, 'G3-question')).toBe('missing');
    expect(statusOf(assessment, 'G5-commitment')).toBe('missing');
    expect(statusOf(assessment, 'G6-who')).toBe('missing');
    // The same assembly with real text meets them.
    const real = assess(input(), today);
    expect([statusOf(real, 'G3-question'), statusOf(real, 'G5-commitment'), statusOf(real, 'G6-who')]).toEqual(['met', 'met', 'met']);
  });

  it('is left out of top-level sections and list items, and only field by field under site', () => {
    const stripped = withoutStarterText({
      question: 'How?',
      remit: 'REPLACE: x',
      commitment: { text: 'REPLACE: y', respond_by: '2027-01-01' },
      scope: { in: ['REPLACE: a', 'Roads'], out: [] },
      speakers: [{ id: 'a', name: 'REPLACE: name' }, { id: 'b', name: 'Bo' }],
      site: { url: 'https://replace-me.example.org/', privacy: { controller: 'REPLACE: who', contact: 'dp@example.org' } },
    });
    expect(stripped).toEqual({ question: 'How?', scope: { in: ['Roads'], out: [] }, speakers: [{ id: 'b', name: 'Bo' }], site: { privacy: { contact: 'dp@example.org' } } });
  });
});

describe('where to fix a missing item', () => {
  it('names only the fields still to fill in', () => {
    expect(stillToFill(['question', 'remit'], { question: 'How?' })).toEqual(['remit']);
    expect(stillToFill(['question', 'remit'], { question: 'How?', remit: '' })).toEqual(['remit']);
    expect(stillToFill(['scope.in', 'scope.out'], { scope: { in: ['a'], out: [] } })).toEqual(['scope.out']);
    // Fields of lists are always named; and all of them when each holds a value but the rule asks more.
    expect(stillToFill(['sessions[].agenda', 'speakers'], { speakers: [{}] })).toEqual(['sessions[].agenda']);
    expect(stillToFill(['question', 'remit'], { question: 'How?', remit: 'To.' })).toEqual(['question', 'remit']);
  });

  it('names fields in assembly.yaml and folders as folders', () => {
    expect(whereToFix({ field: 'report, report/' }, 'assemblies/x')).toBe('report in assemblies/x/assembly.yaml and the folder assemblies/x/report/');
    expect(whereToFix({ field: 'news/' }, 'assemblies/x')).toBe('the folder assemblies/x/news/');
    expect(whereToFix({ field: 'question, remit' }, 'assemblies/x')).toBe('question, remit in assemblies/x/assembly.yaml');
  });
});
