/**
 * Every transparency rule with an example that meets it and one that misses it (issue 18): each
 * starts from the finished Greater Cambridge example, assessed on 22 November 2026, and changes
 * only what the rule looks at. npm run mutate-rules forces each rule's result to true and to false
 * and checks that a test here (or in transparency.test.ts) notices: no survivors.
 */
import { describe, expect, it } from 'vitest';
import type { AssemblyConfig } from '../../templates/schema/assembly.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { assess } from '../../templates/lib/transparency/assess.ts';
import { rules } from '../../templates/lib/transparency/rules.ts';
import type { TransparencyInput } from '../../templates/lib/transparency/rule.ts';

const base = loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config;
const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
type Session = AssemblyConfig['sessions'][number];
/** The example's first session changed, the others as they are. */
const firstSession = (c: AssemblyConfig, change: (s: Session) => Session) => ({ ...c, sessions: c.sessions.map((s, i) => (i === 0 ? change(s) : s)) });
type Group = AssemblyConfig['oversight'][number];
type Evidence = AssemblyConfig['evidence'][number];
/**
 * The example with one talk, given at its first session (over by the day assessed, and recorded as
 * a whole by no session), shaped by `fields`.
 */
const oneTalk = (fields: Partial<Evidence>): Change => (c) => ({
  ...c,
  sessions: c.sessions.map((s) => ({ ...s, recording: undefined })),
  evidence: [{ ...c.evidence[0]!, id: 'talk', title: 'A talk', type: 'talk', session: c.sessions[0]!.id, video: undefined, captions: undefined, transcript: undefined, files: [], brief: undefined, published: undefined, ...fields }],
});
const slides = [{ title: 'Slides (PDF)', href: 'https://example.org/slides.pdf' }] as Evidence['files'];
/** A recording published after 23 September 2020, when captions became a legal duty (G57). */
const recorded = { video: 'https://www.youtube.com/watch?v=abcdefghijk', published: '2021-01-01' };
const submissions = (fields: Partial<NonNullable<AssemblyConfig['submissions']>>): Change => (c) => ({ ...c, submissions: { ...riverside.submissions!, ...fields } });
const groups = (c: AssemblyConfig, change: (g: Group) => Group) => ({ ...c, oversight: c.oversight.map(change) });
const now = new Date('2026-11-22T00:00:00Z');
type Change = (config: AssemblyConfig) => AssemblyConfig;
type InputChange = (input: TransparencyInput) => TransparencyInput;
/** A change to the report/ or news/ folders, which the config does not hold. */
const folders = (counts: Partial<Pick<TransparencyInput, 'chapters' | 'news'>>, change: Change = (c) => c): InputChange => (input) => ({ ...input, ...counts, config: change(input.config) });

/** What the rule says of the example after a change: met, missing, not published… */
function statusOf(id: string, change: Change | InputChange, onInput = false): string {
  const input = { config: base, chapters: 3, news: 3 };
  const changed = onInput ? (change as InputChange)(input) : { ...input, config: (change as Change)(base) };
  return assess(changed, now).items.find((i) => i.id === id)!.status;
}

const examples: Record<string, { meets: Change; misses: Change }> = {
  'G3-question': {
    meets: (c) => ({ ...c, question: 'How should we travel?', remit: 'Recommend how the council acts.' }),
    misses: (c) => ({ ...c, remit: '' }),
  },
  'G5-commitment': {
    meets: (c) => ({ ...c, commitment: { text: 'The council will answer.', respond_by: '2020-06-30' } as AssemblyConfig['commitment'] }),
    misses: (c) => ({ ...c, commitment: undefined }),
  },
  'G6-who': {
    meets: (c) => ({ ...c, organisations: [{ name: 'Involve', roles: ['facilitator'] }, { name: 'Sortition Foundation', roles: ['recruiter'] }] as AssemblyConfig['organisations'] }),
    misses: (c) => ({ ...c, organisations: [{ name: 'Involve', roles: ['facilitator'] }] as AssemblyConfig['organisations'] }),
  },
  'G8-selection-method': {
    meets: (c) => ({ ...c, members: { ...c.members!, selection: { ...c.members!.selection!, method: 'By lot.', stratified_by: ['Age'] } } }),
    misses: (c) => ({ ...c, members: { ...c.members!, selection: { ...c.members!.selection!, method: 'By lot.', stratified_by: [] } } }),
  },
  'G76-profile': {
    meets: (c) => c,
    misses: (c) => ({ ...c, members: { ...c.members!, profile: [] } }),
  },
  'G36-stories': {
    meets: (c) => ({ ...c, members: { ...c.members!, stories: [{ first_name: 'Val', quote: 'I never thought my view would count.', consent: true }] as NonNullable<AssemblyConfig['members']>['stories'] } }),
    misses: (c) => ({ ...c, members: { ...c.members!, stories: [] } }),
  },
  'G29-recommendations': {
    meets: (c) => c,
    misses: (c) => ({ ...c, recommendations: [] }),
  },
  'G33-progress': {
    meets: (c) => c,
    misses: (c) => ({ ...c, recommendations: c.recommendations.map((r) => ({ ...r, implementation: [] })) }),
  },
  'G9-oversight': {
    meets: (c) => c,
    misses: (c) => groups(c, (g) => ({ ...g, members: [] })),
  },
  'G26-minutes': {
    meets: (c) => groups(c, (g) => ({ ...g, minutes: [{ title: 'First meeting', href: 'https://example.org/minutes-1' }] as Group['minutes'] })),
    misses: (c) => groups(c, (g) => ({ ...g, minutes: [], minutes_published: undefined })),
  },
  'G12-submission-rules': {
    meets: (c) => ({ ...c, submissions: riverside.submissions }),
    misses: (c) => ({ ...c, submissions: { ...riverside.submissions!, policy: undefined } as unknown as AssemblyConfig['submissions'] }),
  },
  'G18-streaming-labels': {
    meets: (c) => firstSession(c, (s) => ({ ...s, streamed: false, not_streamed_reason: 'Members asked not to be filmed.' })),
    misses: (c) => firstSession(c, (s) => ({ ...s, streamed: false, not_streamed_reason: undefined })),
  },
  'G17-livestream': {
    meets: (c) => firstSession(c, (s) => ({ ...s, streamed: true, livestream: 'https://www.youtube.com/watch?v=abcdefghijk' })),
    misses: (c) => firstSession(c, (s) => ({ ...s, streamed: true, livestream: undefined, recording: undefined })),
  },
  // Asked for only while personal data is being collected: here, submissions open on the day assessed.
  'G14-privacy': {
    meets: (c) => ({ ...c, submissions: riverside.submissions, site: { ...c.site, privacy: { ...c.site.privacy, notice: 'https://example.org/privacy' } } }),
    misses: (c) => ({ ...c, submissions: riverside.submissions, site: { ...c.site, privacy: { ...c.site.privacy, collects: [], notice: undefined } } }),
  },
  'G11-agendas': {
    meets: (c) => ({ ...c, sessions: c.sessions.map((s) => ({ ...s, agenda: [{ title: 'Welcome', speakers: [], evidence: [], private: false }] as unknown as Session['agenda'] })) }),
    misses: (c) => ({ ...c, sessions: c.sessions.map((s) => ({ ...s, agenda: [{ title: 'Welcome', speakers: [], evidence: [], private: false }] as unknown as Session['agenda'] })), speakers: [] }),
  },
  'G16-recordings': {
    meets: oneTalk({ video: 'https://www.youtube.com/watch?v=abcdefghijk' }),
    misses: oneTalk({}),
  },
  'G31-votes': {
    meets: (c) => ({ ...c, recommendations: c.recommendations.map((r) => ({ ...r, vote: { for: 40, against: 10 } as AssemblyConfig['recommendations'][number]['vote'] })) }),
    misses: (c) => ({ ...c, recommendations: c.recommendations.map((r) => ({ ...r, vote: undefined })) }),
  },
  'G32-response': {
    meets: (c) => c,
    misses: (c) => ({ ...c, recommendations: c.recommendations.map((r, i) => (i === 0 ? { ...r, response: undefined } : r)) }),
  },
  'G19-briefings': {
    meets: oneTalk({ files: slides }),
    misses: oneTalk({}),
  },
  'G20-slides-transcripts': {
    meets: oneTalk({ files: slides, transcript: 'https://example.org/transcript' }),
    misses: oneTalk({ files: slides }),
  },
  'G24-speaker-briefs': {
    meets: oneTalk({ brief: 'Explain the causes of congestion neutrally.' }),
    misses: oneTalk({}),
  },
  'G57-captions': {
    meets: oneTalk({ ...recorded, captions: true, transcript: 'https://example.org/transcript' }),
    misses: oneTalk({ ...recorded, captions: false, transcript: 'https://example.org/transcript' }),
  },
  'G22-submissions': {
    meets: submissions({ archive_url: 'https://example.org/submissions' }),
    misses: submissions({ archive_url: undefined, published: undefined }),
  },
  // Asked for only when fewer submissions were published than received.
  'G77-submissions-withheld': {
    meets: submissions({ received: 10, published: 8, not_published: [{ reason: 'Anonymous', count: 2 }] }),
    misses: submissions({ received: 10, published: 8, not_published: [] }),
  },
  'G34-evaluation': {
    meets: (c) => ({ ...c, evaluation: { by: 'A university', summary: 'Members felt heard.', files: [] } as unknown as AssemblyConfig['evaluation'] }),
    misses: (c) => ({ ...c, evaluation: { by: 'A university', files: [] } as unknown as AssemblyConfig['evaluation'] }),
  },
  'G2-announcement': {
    meets: (c) => ({ ...c, timeline: { ...c.timeline, announced: '2019-07-01' } }),
    misses: (c) => ({ ...c, timeline: { ...c.timeline, announced: undefined } }),
  },
  'G4-scope': {
    meets: (c) => ({ ...c, scope: { in: ['Buses'], out: ['Rail'] } }),
    misses: (c) => ({ ...c, scope: { in: ['Buses'], out: [] } }),
  },
  'G6-funding': {
    meets: (c) => ({ ...c, funding: { source: 'The council', sources: [] } as unknown as AssemblyConfig['funding'] }),
    misses: (c) => ({ ...c, funding: undefined }),
  },
  'G7-process': {
    meets: (c) => ({ ...c, process: 'Four days of learning, discussing and deciding.' }),
    misses: (c) => ({ ...c, process: '' }),
  },
  'G10-faq': {
    meets: (c) => ({ ...c, faq: [{ question: 'Can I apply?', answer: 'No: members are chosen by lot.' }] }),
    misses: (c) => ({ ...c, faq: [] }),
  },
  'G13-observers': {
    meets: (c) => ({ ...c, observers: 'Journalists may watch the plenary sessions.' }),
    misses: (c) => ({ ...c, observers: undefined }),
  },
  'G65-explainers': {
    meets: (c) => ({ ...c, resources: [{ title: 'What is a citizens\' assembly?', href: 'https://example.org/what', type: 'explainer' }] as AssemblyConfig['resources'] }),
    misses: (c) => ({ ...c, resources: [{ title: 'A dataset', href: 'https://example.org/data', type: 'dataset' }] as AssemblyConfig['resources'] }),
  },
  'G71-evaluation-plan': {
    meets: (c) => ({ ...c, evaluation: { by: 'A university', files: [] } as unknown as AssemblyConfig['evaluation'] }),
    misses: (c) => ({ ...c, evaluation: undefined, organisations: c.organisations.map((o) => ({ ...o, roles: o.roles.filter((r) => r !== 'evaluator') })) }),
  },
  'G75-naming-policy': {
    meets: (c) => ({ ...c, members: { ...c.members!, naming_policy: 'Members are named by first name only.' } }),
    misses: (c) => ({ ...c, members: { ...c.members!, naming_policy: undefined } }),
  },
};

/** Rules about the report/ and news/ folders. */
const folderExamples: Record<string, { meets: InputChange; misses: InputChange }> = {
  'G27-news': { meets: folders({ news: 1 }), misses: folders({ news: 0 }) },
  'G30-report-html': { meets: folders({ chapters: 1 }), misses: folders({ chapters: 0 }) },
  // The register keeps a PDF of every finished assembly's report: made from the chapters, or given as a file.
  'G45-register': {
    meets: folders({ chapters: 1 }),
    misses: folders({ chapters: 0 }, (c) => ({ ...c, report: { ...c.report!, files: [] } })),
  },
  'G29-report': { meets: folders({ chapters: 1 }), misses: folders({ chapters: 0 }, (c) => ({ ...c, report: { ...c.report!, files: [] } })) },
};

describe('transparency rules, each with an example that meets it and one that misses it', () => {
  it('cover every rule, and only rules that exist: a new rule needs its examples here', () => {
    expect([...Object.keys(examples), ...Object.keys(folderExamples)].sort()).toEqual(rules.map((r) => r.id).sort());
  });
  it.each(Object.entries(folderExamples))('%s', (id, { meets, misses }) => {
    expect(statusOf(id, meets, true), 'the example that meets it').toBe('met');
    expect(statusOf(id, misses, true), 'the example that misses it').toBe('missing');
  });
  it.each(Object.entries(examples))('%s', (id, { meets, misses }) => {
    expect(statusOf(id, meets), 'the example that meets it').toBe('met');
    expect(statusOf(id, misses), 'the example that misses it').toBe('missing');
  });
});
