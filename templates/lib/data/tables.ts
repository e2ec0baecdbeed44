/**
 * The assembly's outputs as tables (G45: none of the real assembly sites publishes its outputs
 * as data). Each table describes its fields for the Frictionless data package and gives its rows.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { perspectiveOf } from '../site/evidence.ts';
import { statusOf } from '../site/filters.ts';
import { memberShares } from '../site/charts.ts';
import { voteShares } from '../site/vote.ts';
import { toInstant } from '../time-zone.ts';
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
  rows: Cell[][];
}

const utc = (dateTime: string, zone: string) => toInstant(dateTime, zone).toISOString().replace('.000Z', 'Z');

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

export function tables(config: AssemblyConfig): Table[] {
  const zone = config.time_zone;
  return [
    table({ name: 'sessions', title: 'Sessions', description: 'Every session of the assembly, with its times in UTC.', primaryKey: ['id'] }, config.sessions, [
      ['id', 'string', 'Session id, as in the web address', (s) => s.id],
      ['title', 'string', 'Title', (s) => s.title],
      ['purpose', 'string', 'What the session is for', (s) => s.purpose],
      ['start', 'datetime', 'Start, in UTC', (s) => utc(s.start, zone)],
      ['end', 'datetime', 'End, in UTC', (s) => utc(s.end, zone)],
      ['place', 'string', 'Where it happens', (s) => s.place],
      ['online', 'boolean', 'Whether members meet online', (s) => s.online],
      ['streamed', 'boolean', 'Whether the plenary parts are livestreamed', (s) => s.streamed],
      ['not_streamed_reason', 'string', 'Why it is not streamed', (s) => s.not_streamed_reason],
      ['livestream', 'string', 'Livestream address', (s) => s.livestream],
      ['recording', 'string', 'Recording address', (s) => s.recording],
      ['captions', 'boolean', 'Whether the recording has captions', (s) => s.captions],
      illustrative(),
    ]),
    table({ name: 'speakers', title: 'Speakers', description: 'Everyone who presented evidence, with their declared interests.', primaryKey: ['id'] }, config.speakers, [
      ['id', 'string', 'Speaker id', (s) => s.id],
      ['name', 'string', 'Name', (s) => s.name],
      ['role', 'string', 'Job title or role', (s) => s.role],
      ['organisation', 'string', 'Organisation', (s) => s.organisation],
      ['perspective', 'string', 'informant, advocate or briefing', (s) => s.perspective],
      ['interests', 'string', 'Declared interests', (s) => s.interests],
      illustrative(),
    ]),
    table({ name: 'evidence', title: 'Evidence', description: 'Talks, briefing papers and submissions given to members.', primaryKey: ['id'] }, config.evidence, [
      ['id', 'string', 'Evidence id', (e) => e.id],
      ['title', 'string', 'Title', (e) => e.title],
      ['type', 'string', 'Kind of evidence', (e) => e.type],
      ['perspective', 'string', 'informant, advocate or briefing', (e) => perspectiveOf(e, config.speakers)],
      ['session', 'string', 'Id of the session where it was presented', (e) => e.session],
      ['speakers', 'string', 'Ids of its speakers, separated by semicolons', (e) => e.speakers.join(';')],
      ['summary', 'string', 'Summary', (e) => e.summary],
      ['published', 'date', 'When it was published', (e) => e.published],
      ['video', 'string', 'Video address', (e) => e.video],
      ['transcript', 'string', 'Transcript address or file', (e) => e.transcript],
      illustrative(),
    ]),
    table({ name: 'recommendations', title: 'Recommendations', description: 'Every recommendation with its vote and the official response.', primaryKey: ['id'] }, config.recommendations, [
      ['id', 'string', 'Recommendation id', (r) => r.id],
      ['title', 'string', 'Short title', (r) => r.title],
      ['text', 'string', 'The recommendation as the members worded it', (r) => r.text],
      ['theme', 'string', 'Theme', (r) => r.theme],
      ['votes_for', 'integer', 'Members who voted for', (r) => r.vote?.for],
      ['votes_against', 'integer', 'Members who voted against', (r) => r.vote?.against],
      ['votes_abstain', 'integer', 'Members who abstained', (r) => r.vote?.abstain],
      ['support_percent', 'number', 'Share in favour of votes cast, or the published support share', (r) => (r.vote ? voteShares(r.vote)?.forShare : undefined)],
      ['vote_illustrative', 'boolean', 'True when the vote figures are invented for illustration', (r) => r.vote?.illustrative],
      ['response_status', 'string', 'accepted, partly-accepted, not-accepted, under-consideration or awaiting-response', (r) => statusOf(r)],
      ['response_text', 'string', 'What the commissioner said', (r) => r.response?.text],
      ['response_date', 'date', 'Date of the response', (r) => r.response?.date],
      illustrative('True when the recommendation is invented for illustration'),
    ]),
    table(
      { name: 'implementation', title: 'Implementation log', description: 'Dated progress updates on each recommendation.' },
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
      { name: 'members-profile', title: 'Members\' profile', description: 'Members in each group of each dimension, against the population (aggregates only).' },
      (config.members?.profile ?? []).flatMap((d) => {
        const shares = memberShares(d.categories);
        return d.categories.map((category, i) => ({ dimension: d, category, share: shares[i] }));
      }),
      [
        ['dimension', 'string', 'What is compared, such as Age', (row) => row.dimension.dimension],
        ['category', 'string', 'The group', (row) => row.category.name],
        ['members', 'integer', 'Members in the group', (row) => row.category.members],
        ['members_percent', 'number', 'Share of members counted in the dimension', (row) => row.share],
        ['population_percent', 'number', 'Share of the population', (row) => row.category.population_share],
        ['source', 'string', 'Where the population figures come from', (row) => row.dimension.source],
      ],
    ),
  ];
}
