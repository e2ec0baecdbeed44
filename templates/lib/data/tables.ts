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

const f = (name: string, type: FieldType, description: string): TableField => ({ name, type, description });
const utc = (dateTime: string, zone: string) => toInstant(dateTime, zone).toISOString().replace('.000Z', 'Z');

export function tables(config: AssemblyConfig): Table[] {
  const zone = config.time_zone;
  return [
    {
      name: 'sessions',
      title: 'Sessions',
      description: 'Every session of the assembly, with its times in UTC.',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Session id, as in the web address'),
        f('title', 'string', 'Title'),
        f('purpose', 'string', 'What the session is for'),
        f('start', 'datetime', 'Start, in UTC'),
        f('end', 'datetime', 'End, in UTC'),
        f('place', 'string', 'Where it happens'),
        f('online', 'boolean', 'Whether members meet online'),
        f('streamed', 'boolean', 'Whether the plenary parts are livestreamed'),
        f('not_streamed_reason', 'string', 'Why it is not streamed'),
        f('livestream', 'string', 'Livestream address'),
        f('recording', 'string', 'Recording address'),
        f('captions', 'boolean', 'Whether the recording has captions'),
        f('illustrative', 'boolean', 'True when invented for illustration'),
      ],
      rows: config.sessions.map((s) => [s.id, s.title, s.purpose, utc(s.start, zone), utc(s.end, zone), s.place, s.online, s.streamed, s.not_streamed_reason, s.livestream, s.recording, s.captions, s.illustrative]),
    },
    {
      name: 'speakers',
      title: 'Speakers',
      description: 'Everyone who presented evidence, with their declared interests.',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Speaker id'),
        f('name', 'string', 'Name'),
        f('role', 'string', 'Job title or role'),
        f('organisation', 'string', 'Organisation'),
        f('perspective', 'string', 'informant, advocate or briefing'),
        f('interests', 'string', 'Declared interests'),
        f('illustrative', 'boolean', 'True when invented for illustration'),
      ],
      rows: config.speakers.map((s) => [s.id, s.name, s.role, s.organisation, s.perspective, s.interests, s.illustrative]),
    },
    {
      name: 'evidence',
      title: 'Evidence',
      description: 'Talks, briefing papers and submissions given to members.',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Evidence id'),
        f('title', 'string', 'Title'),
        f('type', 'string', 'Kind of evidence'),
        f('perspective', 'string', 'informant, advocate or briefing'),
        f('session', 'string', 'Id of the session where it was presented'),
        f('speakers', 'string', 'Ids of its speakers, separated by semicolons'),
        f('summary', 'string', 'Summary'),
        f('published', 'date', 'When it was published'),
        f('video', 'string', 'Video address'),
        f('transcript', 'string', 'Transcript address or file'),
        f('illustrative', 'boolean', 'True when invented for illustration'),
      ],
      rows: config.evidence.map((e) => [e.id, e.title, e.type, perspectiveOf(e, config.speakers), e.session, e.speakers.join(';'), e.summary, e.published, e.video, e.transcript, e.illustrative]),
    },
    {
      name: 'recommendations',
      title: 'Recommendations',
      description: 'Every recommendation with its vote and the official response.',
      primaryKey: ['id'],
      fields: [
        f('id', 'string', 'Recommendation id'),
        f('title', 'string', 'Short title'),
        f('text', 'string', 'The recommendation as the members worded it'),
        f('theme', 'string', 'Theme'),
        f('votes_for', 'integer', 'Members who voted for'),
        f('votes_against', 'integer', 'Members who voted against'),
        f('votes_abstain', 'integer', 'Members who abstained'),
        f('support_percent', 'number', 'Share in favour of votes cast, or the published support share'),
        f('vote_illustrative', 'boolean', 'True when the vote figures are invented for illustration'),
        f('response_status', 'string', 'accepted, partly-accepted, not-accepted, under-consideration or awaiting-response'),
        f('response_text', 'string', 'What the commissioner said'),
        f('response_date', 'date', 'Date of the response'),
        f('illustrative', 'boolean', 'True when the recommendation is invented for illustration'),
      ],
      rows: config.recommendations.map((r) => [
        r.id, r.title, r.text, r.theme, r.vote?.for, r.vote?.against, r.vote?.abstain,
        r.vote ? voteShares(r.vote)?.forShare : undefined, r.vote?.illustrative,
        statusOf(r), r.response?.text, r.response?.date, r.illustrative,
      ]),
    },
    {
      name: 'implementation',
      title: 'Implementation log',
      description: 'Dated progress updates on each recommendation.',
      fields: [
        f('recommendation', 'string', 'Recommendation id'),
        f('date', 'date', 'Date of the update'),
        f('text', 'string', 'What happened'),
        f('evidence', 'string', 'Links that show it, separated by spaces'),
        f('illustrative', 'boolean', 'True when invented for illustration'),
      ],
      rows: config.recommendations.flatMap((r) => r.implementation.map((u) => [r.id, u.date, u.text, u.evidence.join(' '), u.illustrative])),
    },
    {
      name: 'members-profile',
      title: 'Members\' profile',
      description: 'Members in each group of each dimension, against the population (aggregates only).',
      fields: [
        f('dimension', 'string', 'What is compared, such as Age'),
        f('category', 'string', 'The group'),
        f('members', 'integer', 'Members in the group'),
        f('members_percent', 'number', 'Share of members counted in the dimension'),
        f('population_percent', 'number', 'Share of the population'),
        f('source', 'string', 'Where the population figures come from'),
      ],
      rows: (config.members?.profile ?? []).flatMap((d) => {
        const shares = memberShares(d.categories);
        return d.categories.map((c, i) => [d.dimension, c.name, c.members, shares[i], c.population_share, d.source]);
      }),
    },
  ];
}
