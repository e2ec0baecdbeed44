/** Speakers and the evidence they gave, labelled by kind (G11, G19-G25, G68). */
import * as z from 'zod';
import { doc, download, draft, httpsUrl, identifier, illustrative, isoDate, text } from './primitives.ts';
import { perspectives } from './perspectives.ts';
import { speakerRef, transcript } from './timeline.ts';

export { perspectives } from './perspectives.ts';

export const evidenceTypes = [
  'talk',
  'panel',
  'question-and-answer',
  'briefing-paper',
  'written-submission',
  'site-visit',
  'video',
  'other',
] as const;

export const speakerKinds = ['person', 'organisation'] as const;

const speaker = z.strictObject({
  id: doc(identifier(), 'Short id used in web addresses and references.', 'james-littlewood'),
  name: doc(text(), 'The speaker\'s name, or the organisation\'s when it presented without a named person.', 'James Littlewood'),
  kind: doc(
    z.enum(speakerKinds).default('person'),
    'person, or organisation when an organisation presented without naming who spoke.',
    'organisation',
  ),
  role: doc(text().optional(), 'Their job title or role.', 'Chief Executive'),
  organisation: doc(text().optional(), 'Their organisation.', 'Cambridge Past, Present and Future'),
  perspective: doc(
    z.enum(perspectives).optional(),
    'The capacity they usually speak in (G23): informant (facts), advocate (a point of view), briefing (neutral), testimony (their own experience), chair, facilitator or commissioner. Give it per talk in `evidence[].speakers` or the agenda when it differs.',
    'advocate',
  ),
  interests: doc(
    text().optional(),
    'Interests the speaker declared, such as funding or membership of campaign groups. Write "none" when they declared none; left out, the site says the interests were not published.',
    'Member of Camcycle.',
  ),
  bio: doc(text().optional(), 'A short biography.', 'James has led the charity since 2014.'),
  url: doc(httpsUrl().optional(), 'A page about them.', 'https://www.preservecambridge.org/'),
  illustrative: illustrative(),
});

const evidenceItem = z.strictObject({
  id: doc(identifier(), 'Short id used in web addresses and references.', 'congestion-today'),
  title: doc(text(), 'Title of the talk or document.', 'Congestion in Greater Cambridge today'),
  type: doc(z.enum(evidenceTypes), 'What kind of evidence it is.', 'talk'),
  perspective: doc(
    z.enum(perspectives).optional(),
    'Label for the item (G23). Left out, it follows its first speaker\'s capacity in this item.',
    'briefing',
  ),
  session: doc(identifier().optional(), 'Id of the session where it was presented.', 'weekend-1-day-1'),
  speakers: doc(
    z.array(speakerRef()).default([]),
    'Its speakers: ids from `speakers`, or { speaker: id, as: advocate } when their capacity in this talk differs from their usual one.',
    ['james-littlewood', { speaker: 'rebecca-willis', as: 'informant' }],
  ),
  summary: doc(text().optional(), 'A plain summary of what it says.', 'How traffic has grown since 2011 and what it costs.'),
  brief: doc(text().optional(), 'The brief the speaker was given (G24).', 'Explain the causes of congestion neutrally.'),
  published: doc(isoDate().optional(), 'When it is published on the site (G21): dated after the day of the build, it is kept off until then.', '2019-09-07'),
  video: doc(httpsUrl().optional(), 'Web address of the video (G20).', 'https://www.youtube.com/watch?v=abcdefghijk'),
  captions: doc(z.boolean().optional(), 'true when the video has captions (G57), false when it has none; leave out when not known.', true),
  transcript: transcript(),
  files: doc(z.array(download()).default([]), 'Slides, papers and other files (G19, G20).', [
    { title: 'Slides', href: 'files/congestion-today.pdf' },
  ]),
  draft: draft(),
  illustrative: illustrative(),
});

export const evidenceShape = {
  speakers: doc(z.array(speaker).default([]), 'Everyone who speaks to members: presenters of evidence, chairs, facilitators (G11).', [
    { id: 'jane-doe', name: 'Jane Doe', perspective: 'informant' },
  ]),
  evidence: doc(z.array(evidenceItem).default([]), 'Talks, briefing papers and submissions given to members (G19, G20).', [
    { id: 'congestion-today', title: 'Congestion today', type: 'talk', speakers: ['jane-doe'] },
  ]),
};
