/**
 * The assembly's outputs as tables (G45: none of the real assembly sites publishes its outputs
 * as data). Each table describes its fields for the Frictionless data package and gives its rows.
 */
import type { AssemblyConfig, Recommendation, Session } from '../../schema/assembly.ts';
import { interestsText, perspectiveOf } from '../site/evidence.ts';
import { statusOf } from '../site/filters.ts';
import { profileRows } from '../site/members.ts';
import { responseEvents } from '../site/response.ts';
import { speakerRefs, timesOf, videoLinks } from '../site/sessions.ts';
import { voteView, type VoteFigures } from '../site/vote.ts';
import type { Cell } from './csv.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
}

export interface Table {
  name: string;
  title: string;
  description: string;
  fields: TableField[];
  primaryKey?: string[];
  /** References to other tables' keys, so every id can be checked (Frictionless foreignKeys). */
  foreignKeys?: ForeignKey[];
  rows: Cell[][];
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** The table's `field` holds ids from the `id` column of the table `resource`. */
const refersTo = (field: string, resource: string): ForeignKey => ({ fields: [field], reference: { resource, fields: ['id'] } });

const utc = (instant: Date) => instant.toISOString().replace('.000Z', 'Z');

/** One column: its field in the data package, and how each row gets its value. */
type Column<Item> = [name: string, type: FieldType, description: string, value: (item: Item) => Cell];

/** A table from its items and columns, so every value stays next to the field it fills. */
function table<Item>(meta: Omit<Table, 'fields' | 'rows'>, items: readonly Item[], columns: Column<Item>[]): Table {
  return {
    ...meta,
    fields: columns.map(([name, type, description]) => ({ name, type, description })),
    rows: items.map((item) => columns.map(([, , , value]) => value(item))),
  };
}

const illustrative = <Item extends { illustrative: boolean }>(description = 'True when invented for illustration'): Column<Item> =>
  ['illustrative', 'boolean', description, (item) => item.illustrative];

const vote = (r: Recommendation) => voteView(r.vote);
const figures = (r: Recommendation): VoteFigures | undefined => (typeof r.vote === 'object' ? r.vote : undefined);

export function tables(config: AssemblyConfig, today: string): Table[] {
  const zone = config.time_zone;
  const times = (s: Session) => timesOf(s, zone);
  return [
    table({ name: 'sessions', title: 'Sessions', description: 'Every session of the assembly, with its times in UTC where they were published.', primaryKey: ['id'] }, config.sessions, [
      ['id', 'string', 'Session id, as in the web address', (s) => s.id],
      ['title', 'string', 'Title', (s) => s.title],
      ['purpose', 'string', 'What the session is for', (s) => s.purpose],
      ['first_day', 'date', 'First day, in the assembly\'s time zone', (s) => times(s).firstDay],
      ['last_day', 'date', 'Last day, in the assembly\'s time zone', (s) => times(s).lastDay],
      ['start', 'datetime', 'Start, in UTC; empty when the times were not published', (s) => (times(s).timed ? utc(times(s).start) : undefined)],
      ['end', 'datetime', 'End, in UTC; empty when the times were not published', (s) => (times(s).timed ? utc(times(s).end) : undefined)],
      ['place', 'string', 'Where it happens', (s) => s.place],
      ['online', 'boolean', 'Whether members meet online', (s) => s.online],
      ['change', 'string', 'postponed, cancelled or moved-online; empty when held as planned', (s) => s.change?.status],
      ['change_reason', 'string', 'Why it was postponed, cancelled or moved online', (s) => s.change?.reason],
      ['streamed', 'boolean', 'Whether the plenary parts are livestreamed', (s) => s.streamed],
      ['not_streamed_reason', 'string', 'Why it is not streamed', (s) => s.not_streamed_reason],
      ['livestream', 'string', 'Livestream addresses, separated by spaces', (s) => videoLinks(s.livestream).map((v) => v.url).join(' ')],
      ['recording', 'string', 'Recording addresses, separated by spaces', (s) => videoLinks(s.recording).map((v) => v.url).join(' ')],
      ['captions', 'boolean', 'Whether the recording has captions', (s) => s.captions],
      illustrative(),
    ]),
    table({ name: 'speakers', title: 'Speakers', description: 'Everyone who spoke to members, with their declared interests.', primaryKey: ['id'] }, config.speakers, [
      ['id', 'string', 'Speaker id', (s) => s.id],
      ['name', 'string', 'Name', (s) => s.name],
      ['kind', 'string', 'person, or organisation when it presented without a named person', (s) => s.kind],
      ['role', 'string', 'Job title or role', (s) => s.role],
      ['organisation', 'string', 'Organisation', (s) => s.organisation],
      ['perspective', 'string', 'The capacity they usually spoke in: informant, advocate, briefing, testimony, chair, facilitator or commissioner', (s) => s.perspective],
      ['interests', 'string', 'Declared interests; empty when not published', (s) => (s.interests === undefined ? undefined : interestsText(s))],
      illustrative(),
    ]),
    table({ name: 'evidence', title: 'Evidence', description: 'Talks, briefing papers and submissions given to members; their speakers are in evidence-speakers.', primaryKey: ['id'], foreignKeys: [refersTo('session', 'sessions')] }, config.evidence, [
      ['id', 'string', 'Evidence id', (e) => e.id],
      ['title', 'string', 'Title', (e) => e.title],
      ['type', 'string', 'Kind of evidence', (e) => e.type],
      ['perspective', 'string', 'informant, advocate, briefing, testimony, chair, facilitator or commissioner', (e) => perspectiveOf(e, config)],
      ['session', 'string', 'Id of the session where it was presented', (e) => e.session],
      ['summary', 'string', 'Summary', (e) => e.summary],
      ['published', 'date', 'When it was published', (e) => e.published],
      ['video', 'string', 'Video address', (e) => e.video],
      ['transcript', 'string', 'Transcript address or file', (e) => e.transcript],
      illustrative(),
    ]),
    table(
      {
        name: 'evidence-speakers',
        title: 'Speakers of each evidence item',
        description: 'Who gave each evidence item, one row per speaker, in the order they are listed.',
        primaryKey: ['evidence', 'speaker'],
        foreignKeys: [refersTo('evidence', 'evidence'), refersTo('speaker', 'speakers')],
      },
      config.evidence.flatMap((e) => speakerRefs(e.speakers).map((ref, i) => ({ evidence: e.id, speaker: ref.id, position: i + 1, as: ref.as }))),
      [
        ['evidence', 'string', 'Evidence id', (row) => row.evidence],
        ['speaker', 'string', 'Speaker id', (row) => row.speaker],
        ['position', 'integer', 'Order in which the speaker is listed', (row) => row.position],
        ['as', 'string', 'The capacity they spoke in for this item, when it differs from their usual one', (row) => row.as],
      ],
    ),
    table({ name: 'recommendations', title: 'Outputs', description: 'Every recommendation, statement, principle and ballot, with its vote and the official response.', primaryKey: ['id'] }, config.recommendations, [
      ['id', 'string', 'Output id', (r) => r.id],
      ['kind', 'string', 'recommendation, statement-of-ambition, vision, principle, consideration, statement, ballot or call-to-action', (r) => r.kind],
      ['title', 'string', 'Short title', (r) => r.title],
      ['text', 'string', 'The output as the members worded it', (r) => r.text],
      ['theme', 'string', 'Theme or goal: its id when the assembly lists them, else its name', (r) => r.theme],
      ['from', 'string', 'Id of the linked body whose output it is; empty for the assembly\'s own', (r) => r.from],
      ['vote_status', 'string', 'counts, support, options (see vote-options), elsewhere, not-published, not-held or none', (r) => vote(r).status],
      ['votes_for', 'integer', 'Members who voted for', (r) => figures(r)?.for],
      ['votes_against', 'integer', 'Members who voted against', (r) => figures(r)?.against],
      ['votes_abstain', 'integer', 'Members who abstained', (r) => figures(r)?.abstain],
      ['support_percent', 'number', 'Share in favour, of vote_base', (r) => {
        const v = vote(r);
        return v.status === 'counts' ? v.shares.forShare : v.status === 'support' ? v.share : undefined;
      }],
      ['opposed_percent', 'number', 'Share against, of vote_base, when published beside the support share', (r) => figures(r)?.opposed],
      ['vote_base', 'string', 'What the shares are out of: votes-cast, valid-votes, members-present, members-expressing-a-view or all-members; empty when not published', (r) => {
        const v = vote(r);
        return v.status === 'counts' ? v.shares.base : figures(r)?.base;
      }],
      ['vote_out_of', 'integer', 'How many the base is, when known', (r) => {
        const v = vote(r);
        return v.status === 'counts' ? v.shares.outOf : figures(r)?.out_of;
      }],
      ['vote_url', 'string', 'Where the vote figures are published, when not here', (r) => figures(r)?.url],
      ['vote_illustrative', 'boolean', 'True when the vote figures are invented for illustration', (r) => figures(r)?.illustrative],
      ['response_status', 'string', 'accepted, partly-accepted, not-accepted, under-consideration, noted, referred, answered-by-theme, answered-in-general, not-recorded, awaiting-response or no-response-expected', (r) => statusOf(config, r, today)],
      ['response_text', 'string', 'What the commissioner said', (r) => r.response?.text],
      ['response_date', 'date', 'Date of the response to this output', (r) => r.response?.date ?? (r.response ? config.response?.date : undefined)],
      ['response_set_by', 'string', 'commissioner, or editors when the site\'s editors assessed the status', (r) => r.response?.set_by],
      ['response_source', 'string', 'Where the status comes from', (r) => r.response?.source],
      illustrative('True when the output is invented for illustration'),
    ]),
    table(
      { name: 'vote-options', title: 'Ballot options', description: 'For ballots with several options: each option with its votes or share.', foreignKeys: [refersTo('output', 'recommendations')] },
      config.recommendations.flatMap((r) => {
        const v = vote(r);
        return v.status === 'options' ? v.options.map((o, i) => ({ output: r.id, choice: v.figures.choice, position: i + 1, option: o })) : [];
      }),
      [
        ['output', 'string', 'Id of the ballot (in recommendations)', (row) => row.output],
        ['choice', 'string', 'one (each member chose one option), several (members could choose more than one) or each (each option voted on separately)', (row) => row.choice],
        ['position', 'integer', 'Order of the option on the ballot', (row) => row.position],
        ['option', 'string', 'The option', (row) => row.option.label],
        ['votes', 'integer', 'How many chose it', (row) => row.option.votes],
        ['share_percent', 'number', 'Share who chose it (or supported it, when each option was voted on separately)', (row) => row.option.share],
        ['against_percent', 'number', 'Share against it, when each option was voted on separately', (row) => row.option.against],
      ],
    ),
    table(
      { name: 'implementation', title: 'Implementation log', description: 'Dated progress updates on each recommendation.', foreignKeys: [refersTo('recommendation', 'recommendations')] },
      config.recommendations.flatMap((r) => r.implementation.map((update) => ({ ...update, recommendation: r.id }))),
      [
        ['recommendation', 'string', 'Recommendation id', (u) => u.recommendation],
        ['date', 'date', 'Date of the update', (u) => u.date],
        ['text', 'string', 'What happened', (u) => u.text],
        ['evidence', 'string', 'Links that show it, separated by spaces', (u) => u.evidence.join(' ')],
        illustrative(),
      ],
    ),
    table(
      { name: 'response-events', title: 'Response events', description: 'The steps of the response: documents, debates, inquiries, replies, votes and laws, oldest first.' },
      responseEvents(config, today),
      [
        ['date', 'string', 'When it happened: YYYY-MM-DD, or YYYY-MM when only the month is known', (e) => e.date],
        ['kind', 'string', 'What it was', (e) => e.kind],
        ['title', 'string', 'Title', (e) => e.title],
        ['by', 'string', 'Who held or wrote it', (e) => e.by],
        ['summary', 'string', 'What was said or decided', (e) => e.summary],
        ['url', 'string', 'Where to read or watch it', (e) => e.url],
        illustrative(),
      ],
    ),
    table(
      { name: 'members-profile', title: 'Members\' profile', description: 'Members in each group of each dimension, against the population (aggregates only).' },
      (config.members?.profile ?? []).flatMap((d) => profileRows(d).map((row) => ({ dimension: d, row }))),
      [
        ['dimension', 'string', 'What is compared, such as Age', ({ dimension }) => dimension.dimension],
        ['base', 'string', 'Who is counted, when not the members who took part', ({ dimension }) => dimension.base?.who],
        ['base_total', 'integer', 'How many people the base is', ({ dimension }) => dimension.base?.total],
        ['category', 'string', 'The group', ({ row }) => row.name],
        ['members', 'integer', 'Members in the group', ({ row }) => row.members],
        ['members_percent', 'number', 'Share of those counted', ({ row }) => row.memberShare],
        ['population_percent', 'number', 'Share of the population', ({ row }) => row.populationShare],
        ['source', 'string', 'Where the population figures come from', ({ dimension }) => dimension.source],
      ],
    ),
  ];
}
