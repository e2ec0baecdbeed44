/** Recommendations with their votes, the official response and what happened next (G29-G35, G39). */
import * as z from 'zod';
import { count, doc, identifier, illustrative, isoDate, linkOrFile, percent, text } from './primitives.ts';

export const responseStatuses = ['accepted', 'partly-accepted', 'not-accepted', 'under-consideration'] as const;

const vote = z.strictObject({
  for: doc(count().optional(), 'Members who voted for.', 41),
  against: doc(count().optional(), 'Members who voted against.', 6),
  abstain: doc(count().optional(), 'Members who abstained.', 2),
  support: doc(
    percent().optional(),
    'Share of members in support, in per cent, when only a share was published.',
    87.5,
  ),
  illustrative: illustrative(),
});

const recommendation = z.strictObject({
  id: doc(identifier(), 'Short id used in the web address.', 'road-closures'),
  title: doc(text(), 'Short title.', 'Close some roads to cars'),
  text: doc(text(), 'The recommendation in the members\' own wording (G29).', 'We recommend closing some city-centre roads to private cars.'),
  theme: doc(text().optional(), 'Theme, used to group and filter.', 'Road space'),
  vote: doc(vote.optional(), 'The vote on this recommendation (G31).', { for: 41, against: 6, abstain: 2 }),
  response: doc(
    z
      .strictObject({
        status: doc(z.enum(responseStatuses), 'The commissioner\'s decision (G32).', 'partly-accepted'),
        text: doc(text(), 'What the commissioner said, and why.', 'We will trial closures on two streets in 2020.'),
        date: doc(isoDate(), 'Date of the response.', '2020-06-25'),
        illustrative: illustrative(),
      })
      .optional(),
    'The official response to this recommendation (G32).',
    { status: 'accepted', text: 'Agreed.', date: '2020-06-25' },
  ),
  implementation: doc(
    z
      .array(
        z.strictObject({
          date: doc(isoDate(), 'Date of the update.', '2021-02-25'),
          text: doc(text(), 'What happened.', 'Mill Road bridge closed to through traffic.'),
          evidence: doc(z.array(linkOrFile()).default([]), 'Links that show it (G33).', ['https://example.gov.uk/mill-road']),
          illustrative: illustrative(),
        }),
      )
      .default([]),
    'Dated progress updates (G33, G39).',
    [{ date: '2021-02-25', text: 'Trial started.' }],
  ),
  illustrative: illustrative(),
});

export const recommendationsShape = {
  voting: doc(
    z
      .strictObject({
        method: doc(text(), 'How members voted, in plain English.', 'Each member scored every option from 1 to 5; options with a majority of 4s and 5s passed.'),
        date: doc(isoDate().optional(), 'When the final vote took place.', '2019-10-06'),
      })
      .optional(),
    'How the recommendations were voted on (G31).',
    { method: 'Secret ballot with a two-thirds threshold.' },
  ),
  recommendations: doc(z.array(recommendation).default([]), 'The recommendations, in the order of the report.', [
    { id: 'road-closures', title: 'Road closures', text: 'Close roads to cars.' },
  ]),
  response: doc(
    z
      .strictObject({
        title: doc(text(), 'Title of the response document.', 'Response to the Citizens\' Assembly recommendations'),
        date: doc(isoDate(), 'Date it was published.', '2020-06-25'),
        by: doc(text().optional(), 'Who responded.', 'Greater Cambridge Partnership Executive Board'),
        summary: doc(text().optional(), 'A plain summary.', 'The Board accepted most of the recommendations.'),
        href: doc(linkOrFile().optional(), 'The full response.', 'files/response.pdf'),
      })
      .optional(),
    'The commissioner\'s formal response as a whole (G32).',
    { title: 'Our response', date: '2020-06-25' },
  ),
};
