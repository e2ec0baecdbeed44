/** Key dates and every session with its agenda (G2, G7, G11, G16-G21, G33, G48). */
import * as z from 'zod';
import { perspectives } from './perspectives.ts';
import {
  countFigure,
  dateOrDateTime,
  doc,
  expectedDate,
  httpsUrl,
  identifier,
  illustrative,
  isoDate,
  linkOrFile,
  publishedDate,
  text,
  timeOfDay,
} from './primitives.ts';

/** A transcript is a web address, or an MDX file in the assembly's `transcripts/` folder. */
export const transcript = () =>
  doc(
    linkOrFile().optional(),
    'The transcript: a web address, or an MDX file in this assembly\'s transcripts/ folder (shown on the site as a page).',
    'transcripts/weekend-1-opening.mdx',
  );

/**
 * Who speaks in an agenda item or an evidence item: a speaker's id, or the id with the capacity
 * they speak in for this talk, which can differ from talk to talk (G23).
 */
export const speakerRef = () =>
  z.union(
    [
      identifier(),
      z.strictObject({
        speaker: doc(identifier(), 'Id of the speaker (see `speakers`).', 'chris-stark'),
        as: doc(z.enum(perspectives), 'The capacity they speak in for this talk (G23).', 'informant'),
      }),
    ],
    { error: 'must be a speaker\'s id, or a group with speaker (an id) and as (informant, advocate, …)' },
  );

const agendaItem = z.strictObject({
  time: doc(timeOfDay().optional(), 'Start time of this item.', '10:30'),
  title: doc(text(), 'What happens in this item.', 'What is congestion costing Greater Cambridge?'),
  description: doc(text().optional(), 'A sentence or two more.', 'A talk followed by questions from members.'),
  speakers: doc(
    z.array(speakerRef()).default([]),
    'Speakers in this item: ids from `speakers`, or { speaker: id, as: chair } for the capacity they speak in here.',
    ['tom-cohen', { speaker: 'sarah-allan', as: 'facilitator' }],
  ),
  evidence: doc(z.array(identifier()).default([]), 'Ids of the evidence presented (see `evidence`).', ['congestion-today']),
  private: doc(
    z.boolean().default(false),
    'True for small-group deliberation, which is never streamed or recorded (G18, G74).',
    true,
  ),
});

const agenda = () => doc(z.array(agendaItem).default([]), 'The agenda, item by item (G11, G48).', [{ time: '10:00', title: 'Welcome' }]);

const sessionDay = z.strictObject({
  date: doc(isoDate(), 'The day.', '2020-01-25'),
  start: doc(timeOfDay().optional(), 'When the day starts. Leave out when the times were not published.', '10:00'),
  end: doc(timeOfDay().optional(), 'When the day ends.', '17:00'),
  agenda: agenda(),
});

/** A video link, or several labelled ones (in other languages, in sign language). */
const videoLinks = (what: string) =>
  z.union(
    [
      httpsUrl(),
      z
        .array(
          z.strictObject({
            url: doc(httpsUrl(), `Web address of the ${what}.`, 'https://www.youtube.com/watch?v=abcdefghijk'),
            label: doc(text(), 'What this one is, as a link text.', 'In British Sign Language'),
            language: doc(
              z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as cy or ga').optional(),
              'Language of its sound, when it is not the site\'s language.',
              'cy',
            ),
          }),
        )
        .min(1, 'must list at least one'),
    ],
    { error: `must be the web address of the ${what} (starting with https://), or a list of them, each with url and label` },
  );

export const sessionChanges = ['postponed', 'cancelled', 'moved-online'] as const;

const session = z.strictObject({
  id: doc(identifier(), 'Short id used in the web address of the session page.', 'weekend-1-day-1'),
  title: doc(text(), 'Title of the session.', 'Weekend 1, day 1: learning about transport today'),
  purpose: doc(text(), 'What the session is for, in one or two sentences (G7).', 'Members hear evidence on the situation now and projections.'),
  start: doc(
    dateOrDateTime().optional(),
    'When it starts, in the assembly\'s time zone: a date and time, or only a date when the times were not published. Leave out when you give `days`.',
    '2019-09-07T10:00',
  ),
  end: doc(
    dateOrDateTime().optional(),
    'When it ends. Needed when `start` has a time; for a date-only session, the last day if it is not the same.',
    '2019-09-07T16:30',
  ),
  days: doc(
    z.array(sessionDay).default([]),
    'For a session over several days (a weekend): each day with its times and agenda, instead of `start`, `end` and `agenda`.',
    [{ date: '2020-01-25', start: '10:00', end: '17:00' }, { date: '2020-01-26', start: '09:30', end: '15:00' }],
  ),
  place: doc(text().optional(), 'Where it happens, for in-person sessions.', 'Cambridge'),
  online: doc(z.boolean().default(false), 'True when members meet online.', false),
  change: doc(
    z
      .strictObject({
        status: doc(
          z.enum(sessionChanges),
          'What changed: postponed (the dates above are the new ones), cancelled, or moved online.',
          'moved-online',
        ),
        reason: doc(text(), 'Why, in plain words.', 'Because of the coronavirus restrictions.'),
        announced: doc(isoDate().optional(), 'When the change was announced.', '2020-03-13'),
        planned_date: doc(isoDate().optional(), 'The first day as first planned.', '2020-03-21'),
        planned_place: doc(text().optional(), 'Where it was first planned to take place.', 'Birmingham'),
      })
      .optional(),
    'A session that was postponed, cancelled or moved online, with the reason.',
    { status: 'postponed', reason: 'Because of snow.', planned_date: '2027-01-16' },
  ),
  streamed: doc(
    z.boolean().default(false),
    'True when the plenary parts are livestreamed. Label every session either way (G18).',
    true,
  ),
  not_streamed_reason: doc(
    text().optional(),
    'Why the session is not streamed (required when `streamed` is false).',
    'Small-group deliberation is private to protect members\' identities.',
  ),
  livestream: doc(
    videoLinks('livestream').optional(),
    'Web address of the livestream (G17), or a list of streams each with url and label (other languages, sign language).',
    'https://www.youtube.com/watch?v=abcdefghijk',
  ),
  recording: doc(
    videoLinks('recording').optional(),
    'Web address of the recording once published (G16), or a list of them each with url and label.',
    'https://www.youtube.com/watch?v=abcdefghijk',
  ),
  captions: doc(
    z.boolean().optional(),
    'true when the recording has captions (needed by law for recorded video, G57), false when it has none; leave out when not known.',
    true,
  ),
  transcript: transcript(),
  agenda: agenda(),
  parallel_groups: doc(
    z
      .array(
        z.strictObject({
          title: doc(text(), 'Name of the group or stream.', 'Group 1: heat and energy use in the home'),
          description: doc(text().optional(), 'What this group worked on.', 'Members considered how homes are heated.'),
          members: doc(countFigure().optional(), 'How many members were in it.', 36),
          agenda: agenda(),
        }),
      )
      .default([]),
    'When members split into groups or streams that meet at the same time on different topics: each with its own agenda.',
    [{ title: 'Group 1: in the home', members: 36 }],
  ),
  illustrative: illustrative(),
});

export const timelineShape = {
  timeline: doc(
    z
      .strictObject({
        announced: doc(isoDate().optional(), 'When the assembly was announced publicly (G2).', '2019-06-27'),
        recruitment: doc(
          z
            .strictObject({
              opens: doc(publishedDate(), 'When invitations go out, or "not published".', '2019-07-22'),
              closes: doc(publishedDate(), 'Last day to reply, or "not published" when no closing date was made public.', '2019-08-12'),
            })
            .optional(),
          'Recruitment dates.',
          { opens: '2019-07-22', closes: '2019-08-12' },
        ),
        report_due: doc(
          expectedDate().optional(),
          'When the report is expected, before it is published: a date, or a month (2019-11) when only that was said.',
          '2019-11-20',
        ),
        reviews: doc(
          z
            .array(
              z.strictObject({
                date: doc(expectedDate(), 'When the review of progress is due: a date, or a month (2021-02).', '2021-02-25'),
                title: doc(text(), 'What the review is.', 'One year on: progress report'),
              }),
            )
            .default([]),
          'Planned follow-up reviews of progress on the recommendations (G33).',
          [{ date: '2021-02-25', title: 'One year on' }],
        ),
        archived: doc(
          isoDate().optional(),
          'Date from which the site is kept as the permanent record and no longer updated (G81, G86).',
          '2022-01-31',
        ),
      })
      .default({ reviews: [] }),
    'Key dates outside the sessions.',
    { announced: '2019-06-27', recruitment: { opens: '2019-07-22', closes: '2019-08-12' } },
  ),
  sessions: doc(z.array(session).default([]), 'Every session of the assembly, in any order, including any after the report (G7).', [
    {
      id: 'weekend-1-day-1',
      title: 'Weekend 1, day 1',
      purpose: 'Learning',
      start: '2019-09-07T10:00',
      end: '2019-09-07T16:30',
      streamed: true,
    },
  ]),
};
