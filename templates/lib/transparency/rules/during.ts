/** Items expected while the assembly meets: agendas, streams, recordings, evidence, submissions (G11–G25 and others). */
import { estimate, isNotPublished } from '../../site/figures.ts';
import { allAgendaItems, videoLinks } from '../../site/sessions.ts';
import { evidenceDay } from '../../site/evidence.ts';
import type { Rule } from '../rule.ts';
import { captionsRequired, evidenceDue, filled, firstDayOf, firstSessionDate, held, named, presented } from './helpers.ts';

export const duringRules: readonly Rule[] = [
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
    fields: ['sessions[].agenda', 'speakers'],
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
    fields: ['sessions[].streamed', 'sessions[].not_streamed_reason'],
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
    fields: ['sessions[].livestream'],
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
    fields: ['evidence[].video', 'sessions[].recording'],
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
    fields: ['evidence[].captions', 'evidence[].transcript', 'sessions[].captions'],
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
    fields: ['evidence[].files'],
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
    fields: ['evidence[].files', 'evidence[].transcript'],
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
    fields: ['evidence[].brief'],
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
    fields: ['submissions.published', 'submissions.archive_url'],
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
    fields: ['submissions.not_published'],
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
    fields: ['oversight[].minutes'],
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
    fields: ['news/'],
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
    fields: ['members.profile'],
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
    fields: ['members.stories'],
    fix: 'Add quotes from members who agreed to share them.',
  },
];
