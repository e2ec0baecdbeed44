/**
 * What the guidance (templates/guides/guidance-checklist.md, items G1–G86) expects an assembly to publish, as checks
 * on its config and content. Each rule says from which phase it applies, how much it weighs (the
 * guidance's own MUST, SHOULD or NICE), what visitors are told, and which field or folder an
 * organiser fills to meet it. Items the generator provides on every site (an accessibility
 * statement page, no tracking) are not listed: they cannot be missing.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { phaseOf, type Phase } from '../site/phase.ts';
import { submissionsState } from '../site/submissions.ts';
import { estimate, isNotPublished } from '../site/figures.ts';
import { expectsResponse, promisedBy, responseView } from '../site/response.ts';
import { allAgendaItems, heldSessions, timesOf, videoLinks } from '../site/sessions.ts';
import { voteView } from '../site/vote.ts';
import { evidenceDay } from '../site/evidence.ts';
import { registerEntryAt } from '../data/register.ts';
import { pdfIsMade } from '../report/pdf.ts';
import { today } from '../time-zone.ts';

export const weights = ['MUST', 'SHOULD', 'NICE'] as const;
export type Weight = (typeof weights)[number];

export interface TransparencyInput {
  config: AssemblyConfig;
  /** How many chapters the assembly's report/ folder holds. */
  chapters: number;
  /** How many posts its news/ folder holds. */
  news: number;
}

/** One session, evidence item, group or output checked for an item: its id for organisers, its title for visitors. */
export interface Checked {
  name: string;
  title: string;
  ok: boolean;
  declared?: boolean;
}

export interface Rule {
  /** Unique and stable, for tools: the item number and a short name. */
  id: string;
  /** The guidance item this checks, G1–G86. */
  item: number;
  weight: Weight;
  /** The phase from which the item is expected. */
  from: Phase;
  /** A date from which it is expected even before that phase, such as a promised response date. */
  due?: (config: AssemblyConfig) => string | undefined;
  /** Whether the item concerns this assembly at all, for example only when submissions are taken. */
  relevant?: (input: TransparencyInput, now: Date) => boolean;
  /** What is published, in words for visitors; "the assembly" becomes "the jury" or "the panel" to match. */
  label: string;
  /** The page of the site that shows it, as path segments under the assembly. */
  page?: string[];
  /** Whether the item as a whole is met (for per-item rules, what must hold besides every item). */
  met?: (input: TransparencyInput, now: Date) => boolean;
  /**
   * For items that concern each session, evidence item or recommendation: each one with whether it
   * meets the item, so a missing item names exactly which ones lack it. `declared` marks one the
   * organisers state was never published (a vote whose figures were not made public, say).
   */
  each?: (input: TransparencyInput, now: Date) => Array<Checked>;
  /** True when the organisers state the item was never published, so there is nothing to fill in. */
  declared?: (input: TransparencyInput, now: Date) => boolean;
  /**
   * True when the check looks only at what has already happened (sessions that have ended), so it
   * passes trivially before then and cannot count as published early.
   */
  judgedOnThePast?: boolean;
  /** The config field or content folder to fill. */
  field: string;
  /** What to add, in words for organisers. */
  fix: string;
}

const filled = (value: string | undefined) => value !== undefined && value.trim() !== '';
const held = (config: AssemblyConfig) => heldSessions(config.sessions);
const ended = (config: AssemblyConfig, now: Date) => held(config).filter((s) => timesOf(s, config.time_zone).end <= now);
const endedIds = (config: AssemblyConfig, now: Date) => new Set(ended(config, now).map((s) => s.id));
/** Evidence given at a session that has ended (or not tied to a session), so it is due by now. */
const evidenceDue = (config: AssemblyConfig, now: Date) => {
  const done = endedIds(config, now);
  return config.evidence.filter((e) => e.session === undefined || done.has(e.session));
};
/** Whether the assembly is taking sign-ups or submissions now or soon, so collects personal data. */
const collecting = (config: AssemblyConfig, now: Date) => {
  const day = today(config, now);
  // A closing date that was never published counts as open, so the privacy notice is asked for.
  const open = (closes: string | undefined) => closes === undefined || isNotPublished(closes) || closes >= day;
  const recruiting =
    config.timeline.recruitment !== undefined &&
    open(config.timeline.recruitment.closes) &&
    held(config).every((s) => timesOf(s, config.time_zone).firstDay > day);
  const submissions = submissionsState(config, phaseOf(config, now), day);
  return recruiting || submissions === 'open' || submissions === 'not-yet';
};
/** Recorded video published before 23 September 2020 is exempt from the Accessibility Regulations (G57). */
const captionsRequired = (date: string) => date >= '2020-09-23';
const presented = (type: string) => ['talk', 'panel', 'question-and-answer', 'video'].includes(type);
const firstSessionDate = (config: AssemblyConfig) => held(config).map((s) => timesOf(s, config.time_zone).firstDay).sort()[0];
const firstDayOf = (config: AssemblyConfig, session: AssemblyConfig['sessions'][number]) => timesOf(session, config.time_zone).firstDay;
/** How a missing session, evidence item or output is named in the check. */
const named = {
  session: (s: { id: string; title: string }) => ({ name: `session ${s.id}`, title: s.title }),
  evidence: (e: { id: string; title: string }) => ({ name: `evidence ${e.id}`, title: e.title }),
  output: (r: { id: string; title: string }) => ({ name: `recommendation ${r.id}`, title: r.title }),
  group: (g: { name: string }) => ({ name: g.name, title: g.name }),
};
/** A date that is "not published" is no deadline. */
const dateOnly = (date: string | undefined) => (date === undefined || isNotPublished(date) ? undefined : date);
/** An expected month (2020-08) is due at its end. */
const deadline = (date: string | undefined) => (date && /^\d{4}-\d{2}$/.test(date) ? lastDayOfMonth(date) : date);
const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const addDays = (date: string | undefined, days: number) =>
  date === undefined ? undefined : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const rules: readonly Rule[] = [
  // Before the assembly
  {
    id: 'G2-announcement',
    item: 2,
    weight: 'MUST',
    from: 'announced',
    label: 'When the assembly was announced',
    page: ['about'],
    met: ({ config }) => config.timeline.announced !== undefined,
    field: 'timeline.announced',
    fix: 'Add the date the assembly was announced publicly.',
  },
  {
    id: 'G3-question',
    item: 3,
    weight: 'MUST',
    from: 'announced',
    label: 'The question the assembly answers, and its remit',
    page: ['about'],
    met: ({ config }) => filled(config.question) && filled(config.remit),
    field: 'question, remit',
    fix: 'Give the question in its exact wording and say what the assembly is asked to do.',
  },
  {
    id: 'G4-scope',
    item: 4,
    weight: 'SHOULD',
    from: 'announced',
    label: 'What is in scope and what is not',
    page: ['about'],
    met: ({ config }) => (config.scope?.in.length ?? 0) > 0 && (config.scope?.out.length ?? 0) > 0,
    field: 'scope.in, scope.out',
    fix: 'List what the assembly can recommend on, and what it cannot change.',
  },
  {
    id: 'G5-commitment',
    item: 5,
    weight: 'MUST',
    from: 'announced',
    label: 'The commitment to respond to the recommendations, and by when',
    page: ['about'],
    met: ({ config }) => config.commitment !== undefined && promisedBy(config) !== undefined,
    declared: ({ config }) => isNotPublished(config.commitment?.respond_by),
    field: 'commitment.respond_by',
    fix: 'Publish the commissioner\'s commitment and the date by which it will respond.',
  },
  {
    id: 'G6-who',
    item: 6,
    weight: 'MUST',
    from: 'announced',
    label: 'Who commissioned the assembly, who runs it and who recruits its members',
    page: ['about'],
    met: ({ config }) =>
      config.commissioners.length > 0 &&
      config.organisations.some((o) => o.roles.includes('facilitator') || o.roles.includes('organiser')) &&
      config.organisations.some((o) => o.roles.includes('recruiter')),
    field: 'organisations',
    fix: 'Name the organisations that run, facilitate and recruit for the assembly, with their roles.',
  },
  {
    id: 'G6-funding',
    item: 6,
    weight: 'MUST',
    from: 'announced',
    label: 'Who pays for the assembly',
    page: ['about'],
    met: ({ config }) => config.funding !== undefined,
    field: 'funding.source',
    fix: 'Say where the money comes from (and the total budget, if you can).',
  },
  {
    id: 'G7-process',
    item: 7,
    weight: 'MUST',
    from: 'announced',
    label: 'How the assembly works: its sessions, their dates and what each is for',
    page: ['sessions'],
    met: ({ config }) => filled(config.process) && config.sessions.length > 0,
    field: 'process, sessions',
    fix: 'Describe the process and list every session with its dates and purpose.',
  },
  {
    id: 'G10-faq',
    item: 10,
    weight: 'SHOULD',
    from: 'announced',
    label: 'Answers to common questions about the assembly',
    page: ['faq'],
    met: ({ config }) => config.faq.length > 0,
    field: 'faq',
    fix: 'Add questions and answers: what an assembly is, how members are chosen, what they commit to.',
  },
  {
    id: 'G13-observers',
    item: 13,
    weight: 'SHOULD',
    from: 'announced',
    label: 'The policy for observers and the media',
    page: ['about'],
    met: ({ config }) => filled(config.observers),
    field: 'observers',
    fix: 'Say whether and how observers and journalists can attend, and any reporting embargo.',
  },
  {
    id: 'G14-privacy',
    item: 14,
    weight: 'MUST',
    from: 'announced',
    // Every site has a privacy page; it must list what is collected while sign-ups or submissions are open.
    relevant: ({ config }, now) => collecting(config, now),
    label: 'A privacy notice covering every kind of personal information collected',
    page: ['privacy'],
    met: ({ config }) => config.site.privacy.collects.length > 0 || config.site.privacy.notice !== undefined,
    field: 'site.privacy.collects',
    fix: 'List what personal information you collect (sign-ups, submissions), why, on what lawful basis and for how long.',
  },
  {
    id: 'G65-explainers',
    item: 65,
    weight: 'SHOULD',
    from: 'announced',
    label: 'Background explainers for people new to the topic',
    page: ['resources'],
    met: ({ config }) => config.resources.some((r) => r.type === 'explainer' || r.type === 'briefing'),
    field: 'resources',
    fix: 'Add at least one plain-language explainer or briefing on the topic (type: explainer).',
  },
  {
    id: 'G71-evaluation-plan',
    item: 71,
    weight: 'SHOULD',
    from: 'announced',
    label: 'Who will evaluate the assembly',
    page: ['about'],
    met: ({ config }) => config.evaluation !== undefined || config.organisations.some((o) => o.roles.includes('evaluator')),
    field: 'organisations (role: evaluator)',
    fix: 'Name the evaluator as an organisation with the role "evaluator", or add evaluation.by.',
  },
  {
    id: 'G75-naming-policy',
    item: 75,
    weight: 'SHOULD',
    from: 'announced',
    label: 'Whether and how members are named',
    page: ['members'],
    met: ({ config }) => filled(config.members?.naming_policy),
    field: 'members.naming_policy',
    fix: 'State the naming policy, for example "first names and area only, with each member\'s consent".',
  },
  {
    id: 'G8-selection-method',
    item: 8,
    weight: 'MUST',
    from: 'recruiting',
    due: (config) => dateOnly(config.timeline.recruitment?.opens),
    label: 'How members are chosen, and the criteria that make the group representative',
    page: ['members'],
    met: ({ config }) => filled(config.members?.selection?.method) && (config.members?.selection?.stratified_by.length ?? 0) > 0,
    field: 'members.selection.method, members.selection.stratified_by',
    fix: 'Describe the recruitment and random-selection method and list the criteria used to stratify the sample.',
  },
  {
    id: 'G9-oversight',
    item: 9,
    weight: 'MUST',
    from: 'recruiting',
    due: (config) => dateOnly(config.timeline.recruitment?.opens),
    label: 'Who sits on the advisory or oversight groups',
    page: ['about'],
    met: ({ config }) => config.oversight.length > 0,
    each: ({ config }) => config.oversight.map((g) => ({ ...named.group(g), ok: g.members.length > 0 })),
    field: 'oversight[].members',
    fix: 'Name the members of each advisory or oversight group and their roles.',
  },
  {
    id: 'G12-submission-rules',
    item: 12,
    weight: 'SHOULD',
    from: 'announced',
    relevant: ({ config }) => config.submissions !== undefined,
    label: 'The rules for public submissions, published before they open',
    page: ['submissions'],
    met: ({ config }) => typeof config.submissions?.policy === 'object',
    declared: ({ config }) => config.submissions?.policy === 'not published',
    field: 'submissions.policy',
    fix: 'Say who may submit, that submissions are published, how names are shown, and what may be removed.',
  },
  // During the assembly
  {
    id: 'G11-agendas',
    item: 11,
    weight: 'MUST',
    from: 'in-session',
    due: firstSessionDate,
    label: 'The agenda of every session and the list of speakers',
    page: ['sessions'],
    met: ({ config }) => held(config).length > 0 && config.speakers.length > 0,
    each: ({ config }) => held(config).map((s) => ({ ...named.session(s), ok: allAgendaItems(s).length > 0 })),
    field: 'sessions[].agenda, speakers',
    fix: 'Give each session its agenda, item by item, and list the speakers.',
  },
  {
    id: 'G18-streaming-labels',
    item: 18,
    weight: 'MUST',
    from: 'announced',
    label: 'Which sessions are streamed, and why others are not',
    page: ['sessions'],
    each: ({ config }) => config.sessions.map((s) => ({ ...named.session(s), ok: s.streamed || filled(s.not_streamed_reason) })),
    field: 'sessions[].streamed, sessions[].not_streamed_reason',
    fix: 'Mark each session streamed or not, and give the reason when it is not.',
  },
  {
    id: 'G17-livestream',
    item: 17,
    weight: 'SHOULD',
    from: 'in-session',
    due: firstSessionDate,
    label: 'A livestream of every streamed session',
    page: ['sessions'],
    each: ({ config }) =>
      held(config)
        .filter((s) => s.streamed)
        .map((s) => ({ ...named.session(s), ok: s.livestream !== undefined || s.recording !== undefined })),
    field: 'sessions[].livestream',
    fix: 'Add the livestream address of each streamed session before it starts.',
  },
  {
    id: 'G16-recordings',
    item: 16,
    weight: 'MUST',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Recordings of everyone who presented evidence',
    page: ['evidence'],
    judgedOnThePast: true,
    each: ({ config }, now) => {
      const sessions = new Map(config.sessions.map((s) => [s.id, s]));
      return evidenceDue(config, now)
        .filter((e) => presented(e.type))
        .map((e) => ({ ...named.evidence(e), ok: e.video !== undefined || (e.session !== undefined && sessions.get(e.session)?.recording !== undefined) }));
    },
    field: 'evidence[].video, sessions[].recording',
    fix: 'Add the recording of each talk (evidence[].video) or of the whole session (sessions[].recording) once it has ended.',
  },
  {
    id: 'G57-captions',
    item: 57,
    weight: 'MUST',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Captions and transcripts on every recording',
    page: ['evidence'],
    judgedOnThePast: true,
    each: ({ config }) => {
      return [
        ...config.evidence
          .filter((e) => e.video !== undefined && captionsRequired(evidenceDay(e, config) ?? '9999'))
          .map((e) => ({ ...named.evidence(e), ok: e.captions === true && e.transcript !== undefined })),
        ...config.sessions
          .filter((s) => videoLinks(s.recording).length > 0 && captionsRequired(firstDayOf(config, s)))
          .map((s) => ({ ...named.session(s), ok: s.captions === true })),
      ];
    },
    field: 'evidence[].captions, evidence[].transcript, sessions[].captions',
    fix: 'Caption every recording published since 23 September 2020 and give each recorded talk a transcript (an address, or an MDX file in transcripts/).',
  },
  {
    id: 'G19-briefings',
    item: 19,
    weight: 'MUST',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Every briefing and piece of evidence given to members, in full',
    page: ['evidence'],
    judgedOnThePast: true,
    each: ({ config }, now) => {
      const recorded = new Set(config.sessions.filter((s) => s.recording !== undefined).map((s) => s.id));
      return evidenceDue(config, now).map((e) => ({
        ...named.evidence(e),
        ok: e.files.length > 0 || e.video !== undefined || e.transcript !== undefined || (presented(e.type) && e.session !== undefined && recorded.has(e.session)),
      }));
    },
    field: 'evidence[].files',
    fix: 'Attach the document, slides or recording of every evidence item once its session has ended.',
  },
  {
    id: 'G20-slides-transcripts',
    item: 20,
    weight: 'SHOULD',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Slides and a transcript with each presentation',
    page: ['evidence'],
    judgedOnThePast: true,
    each: ({ config }, now) =>
      evidenceDue(config, now)
        .filter((e) => presented(e.type))
        .map((e) => ({ ...named.evidence(e), ok: e.transcript !== undefined && (e.type !== 'talk' || e.files.length > 0) })),
    field: 'evidence[].files, evidence[].transcript',
    fix: 'Add the slides (files) and a transcript to each talk.',
  },
  {
    id: 'G24-speaker-briefs',
    item: 24,
    weight: 'NICE',
    from: 'in-session',
    due: firstSessionDate,
    label: 'The brief each speaker was given',
    page: ['evidence'],
    each: ({ config }) => config.evidence.filter((e) => e.type === 'talk').map((e) => ({ ...named.evidence(e), ok: filled(e.brief) })),
    field: 'evidence[].brief',
    fix: 'Add the brief each speaker was given for their talk.',
  },
  {
    id: 'G22-submissions',
    item: 22,
    weight: 'MUST',
    from: 'in-session',
    due: (config) => config.submissions?.closes,
    relevant: ({ config }) => config.submissions !== undefined,
    label: 'The submissions received from the public and stakeholders',
    page: ['submissions'],
    met: ({ config }) =>
      (config.submissions?.published !== undefined && !isNotPublished(config.submissions.published)) || config.submissions?.archive_url !== undefined,
    declared: ({ config }) => isNotPublished(config.submissions?.published),
    field: 'submissions.published, submissions.archive_url',
    fix: 'Publish the submissions (archive_url) and say how many were received and published.',
  },
  {
    id: 'G77-submissions-withheld',
    item: 77,
    weight: 'SHOULD',
    from: 'in-session',
    due: (config) => config.submissions?.closes,
    relevant: ({ config }) => {
      const received = estimate(config.submissions?.received);
      const published = estimate(config.submissions?.published);
      return received !== undefined && published !== undefined && received > published;
    },
    label: 'How many submissions were not published, and why',
    page: ['submissions'],
    met: ({ config }) => (config.submissions?.not_published.length ?? 0) > 0,
    field: 'submissions.not_published',
    fix: 'Count the submissions not published by reason (anonymous, offensive, withdrawn…).',
  },
  {
    id: 'G26-minutes',
    item: 26,
    weight: 'NICE',
    from: 'in-session',
    due: firstSessionDate,
    relevant: ({ config }) => config.oversight.length > 0,
    label: 'Minutes of the advisory groups\' meetings',
    page: ['about'],
    each: ({ config }) => config.oversight.map((g) => ({ ...named.group(g), ok: g.minutes.length > 0, declared: g.minutes_published === false })),
    field: 'oversight[].minutes',
    fix: 'Link the minutes of each group\'s meetings, or write minutes_published: false when none were published.',
  },
  {
    id: 'G27-news',
    item: 27,
    weight: 'NICE',
    from: 'in-session',
    due: firstSessionDate,
    label: 'News between sessions',
    page: ['news'],
    met: ({ news }) => news > 0,
    field: 'news/',
    fix: 'Write a news post after each session (an MDX file in news/).',
  },
  {
    id: 'G76-profile',
    item: 76,
    weight: 'MUST',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Who the members are, as figures for the group, never as personal details',
    page: ['members'],
    met: ({ config }) => (config.members?.profile.length ?? 0) > 0,
    field: 'members.profile',
    fix: 'Publish the make-up of the assembly by age, gender and your other criteria, against the population.',
  },
  {
    id: 'G36-stories',
    item: 36,
    weight: 'NICE',
    from: 'in-session',
    due: firstSessionDate,
    label: 'Members\' own words about taking part, with their consent',
    page: ['members'],
    met: ({ config }) => (config.members?.stories.length ?? 0) > 0,
    field: 'members.stories',
    fix: 'Add quotes from members who agreed to share them.',
  },
  // After the assembly
  {
    id: 'G29-report',
    item: 29,
    weight: 'MUST',
    from: 'report-published',
    due: (config) => deadline(config.timeline.report_due),
    label: 'The assembly\'s report',
    page: ['report'],
    met: ({ config, chapters }) => config.report !== undefined && (chapters > 0 || config.report.files.length > 0),
    field: 'report, report/',
    fix: 'Add the report (its date and summary) and its chapters as MDX files in report/.',
  },
  {
    id: 'G29-recommendations',
    item: 29,
    weight: 'MUST',
    from: 'report-published',
    due: (config) => deadline(config.timeline.report_due),
    label: 'Every recommendation, in full',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.length > 0,
    field: 'recommendations',
    fix: 'List each recommendation with its full text.',
  },
  {
    id: 'G30-report-html',
    item: 30,
    weight: 'SHOULD',
    from: 'report-published',
    due: (config) => deadline(config.timeline.report_due),
    label: 'The report as web pages, with printable, plain-text and e-book versions',
    page: ['report'],
    met: ({ chapters }) => chapters > 0,
    field: 'report/',
    fix: 'Write the report as MDX chapters in report/, not only as a PDF: the site then makes every other format.',
  },
  {
    id: 'G31-votes',
    item: 31,
    weight: 'SHOULD',
    from: 'report-published',
    due: (config) => deadline(config.timeline.report_due),
    label: 'The voting results in full',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.length > 0,
    // Outputs of a linked body (a children's parliament, say) were not put to the assembly's vote.
    each: ({ config }) =>
      config.recommendations.filter((r) => r.from === undefined).map((r) => {
        const status = voteView(r.vote).status;
        return { ...named.output(r), ok: status !== 'none' && status !== 'not-published', declared: status === 'not-published' };
      }),
    field: 'recommendations[].vote',
    fix: 'Give the vote on each recommendation: its figures, where they are published (url), "not published" or "not held".',
  },
  {
    id: 'G32-response',
    item: 32,
    weight: 'MUST',
    from: 'response-published',
    due: (config) => deadline(promisedBy(config)),
    label: 'The commissioner\'s response to each recommendation',
    page: ['response'],
    met: ({ config }) => config.response !== undefined,
    each: ({ config }, now) =>
      config.recommendations.filter(expectsResponse).map((r) => {
        const view = responseView(config, r, today(config, now)).kind;
        return { ...named.output(r), ok: view === 'decision' || view === 'theme', declared: view === 'general' };
      }),
    field: 'response, recommendations[].response',
    fix: 'Publish the formal response and the decision on each recommendation (or on each theme), and why. If it answered only in general, set response.answers: general.',
  },
  {
    id: 'G33-progress',
    item: 33,
    weight: 'MUST',
    from: 'following-up',
    due: (config) => addDays(config.response?.date ?? [...(config.response?.events ?? [])].map((e) => e.date).sort()[0], 92),
    label: 'Regular progress reports on what has been done',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.some((r) => r.implementation.length > 0),
    field: 'recommendations[].implementation',
    fix: 'Add dated progress updates to the recommendations; the first is due about three months after the response.',
  },
  {
    id: 'G34-evaluation',
    item: 34,
    weight: 'MUST',
    from: 'following-up',
    label: 'The evaluation of the assembly',
    page: ['about'],
    met: ({ config }) => config.evaluation?.href !== undefined || filled(config.evaluation?.summary),
    field: 'evaluation',
    fix: 'Link the evaluation report (evaluation.href) or summarise its findings.',
  },
  {
    id: 'G45-register',
    item: 45,
    weight: 'NICE',
    from: 'report-published',
    label: 'An open licence on the record, and an entry for the Citizens\' Assembly Register',
    page: ['data'],
    // Met only when the register's own pipeline would accept the entry (templates/lib/data/register.ts).
    met: ({ config, chapters }, now) => registerEntryAt(config, now, pdfIsMade(chapters)).problems.length === 0,
    field: 'register',
    fix: 'Fill in what npm run check lists under "Citizens\' Assembly Register", so the register can take the entry as it is.',
  },
];

/** Rules are listed MUST first, then by guidance number. */
export function byWeightThenItem(a: Pick<Rule, 'weight' | 'item'>, b: Pick<Rule, 'weight' | 'item'>): number {
  return weights.indexOf(a.weight) - weights.indexOf(b.weight) || a.item - b.item;
}
