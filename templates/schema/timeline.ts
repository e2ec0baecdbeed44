/** Key dates and every session with its agenda (G2, G7, G11, G16-G21, G33, G48). */
import * as z from 'zod';
import { dateTime, doc, httpsUrl, identifier, illustrative, isoDate, linkOrFile, text, timeOfDay } from './primitives.ts';

/** A transcript is a web address, or an MDX file in the assembly's `transcripts/` folder. */
export const transcript = () =>
  doc(
    linkOrFile().optional(),
    'The transcript: a web address, or an MDX file in this assembly\'s transcripts/ folder (shown on the site as a page).',
    'transcripts/weekend-1-opening.mdx',
  );

const agendaItem = z.strictObject({
  time: doc(timeOfDay().optional(), 'Start time of this item.', '10:30'),
  title: doc(text(), 'What happens in this item.', 'What is congestion costing Greater Cambridge?'),
  description: doc(text().optional(), 'A sentence or two more.', 'A talk followed by questions from members.'),
  speakers: doc(z.array(identifier()).default([]), 'Ids of the speakers in this item (see `speakers`).', ['tom-cohen']),
  evidence: doc(z.array(identifier()).default([]), 'Ids of the evidence presented (see `evidence`).', ['congestion-today']),
  private: doc(
    z.boolean().default(false),
    'True for small-group deliberation, which is never streamed or recorded (G18, G74).',
    true,
  ),
});

const session = z.strictObject({
  id: doc(identifier(), 'Short id used in the web address of the session page.', 'weekend-1-day-1'),
  title: doc(text(), 'Title of the session.', 'Weekend 1, day 1: learning about transport today'),
  purpose: doc(text(), 'What the session is for, in one or two sentences (G7).', 'Members hear evidence on the situation now and projections.'),
  start: doc(dateTime(), 'When it starts, in the assembly\'s time zone.', '2019-09-07T10:00'),
  end: doc(dateTime(), 'When it ends.', '2019-09-07T16:30'),
  place: doc(text().optional(), 'Where it happens, for in-person sessions.', 'Cambridge'),
  online: doc(z.boolean().default(false), 'True when members meet online.', false),
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
  livestream: doc(httpsUrl().optional(), 'Web address of the livestream (G17).', 'https://www.youtube.com/watch?v=abcdefghijk'),
  recording: doc(httpsUrl().optional(), 'Web address of the recording once published (G16).', 'https://www.youtube.com/watch?v=abcdefghijk'),
  captions: doc(
    z.boolean().default(false),
    'True when the recording has captions (needed by law for recorded video, G57).',
    true,
  ),
  transcript: transcript(),
  agenda: doc(z.array(agendaItem).default([]), 'The agenda, item by item (G11, G48).', [{ time: '10:00', title: 'Welcome' }]),
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
              opens: doc(isoDate(), 'When invitations go out.', '2019-07-22'),
              closes: doc(isoDate(), 'Last day to reply.', '2019-08-12'),
            })
            .optional(),
          'Recruitment dates.',
          { opens: '2019-07-22', closes: '2019-08-12' },
        ),
        report_due: doc(isoDate().optional(), 'When the report is expected, before it is published.', '2019-11-20'),
        reviews: doc(
          z
            .array(
              z.strictObject({
                date: doc(isoDate(), 'When the review of progress is due.', '2021-02-25'),
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
  sessions: doc(z.array(session).default([]), 'Every session of the assembly, in any order (G7).', [
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
