/**
 * What the assembly produced (recommendations, and statements, principles or ballots that are not
 * recommendations), how members voted, the official response and what happened next (G29-G35, G39).
 */
import * as z from 'zod';
import { count, doc, draft, expectedDate, identifier, illustrative, isoDate, linkOrFile, notPublished, percent, text } from './primitives.ts';

/** The kinds of output an assembly agrees. Only recommendations and calls to action expect a response. */
/** Path segments under recommendations/ that the filter pages use, so no output may take them as its id. */
export const reservedRecommendationIds = ['theme', 'status'] as const;

export const outputKinds = [
  'recommendation',
  'statement-of-ambition',
  'vision',
  'principle',
  'consideration',
  'statement',
  'ballot',
  'call-to-action',
] as const;

export const responseStatuses = [
  'accepted',
  'partly-accepted',
  'not-accepted',
  'under-consideration',
  'noted',
  'referred',
] as const;

/** Who a share of votes is out of (G31): a share means little without its base. */
export const voteBases = ['votes-cast', 'valid-votes', 'members-present', 'members-expressing-a-view', 'all-members'] as const;

/** Who set a response status: the commissioner in its own words, or the site's editors reading the sources. */
export const statusSetters = ['commissioner', 'editors'] as const;

const responseStatus = () =>
  doc(
    z.enum(responseStatuses),
    'The decision: accepted, partly-accepted, not-accepted, under-consideration, noted (acknowledged without a decision) or referred (passed to another body) (G32).',
    'partly-accepted',
  );

const statusSource = {
  set_by: doc(
    z.enum(statusSetters).default('commissioner'),
    'Who set the status: the commissioner, in its response; or the site\'s editors, reading the sources (then give `source`).',
    'editors',
  ),
  source: doc(
    linkOrFile().optional(),
    'Where the status comes from, such as the page of the response or a progress report. Needed when the editors set it.',
    'https://www.gov.uk/government/publications/net-zero-strategy',
  ),
};

const option = z.strictObject({
  label: doc(text(), 'The option as it was put to members.', 'Future C: a mix of technology and lifestyle change'),
  votes: doc(count().optional(), 'How many chose it.', 41),
  share: doc(percent().optional(), 'Share who chose it (or, when each option was voted on separately, who supported it), in per cent.', 39),
  against: doc(
    percent().optional(),
    'When each option was voted on separately: the share against it, in per cent, when published.',
    36,
  ),
});

/** How a ballot's options were counted, which says whether their shares add up to 100. */
export const ballotChoices = ['one', 'several', 'each'] as const;

const voteFigures = z.strictObject({
  question: doc(text().optional(), 'The question on the ballot, in its exact wording.', 'Should the UK introduce a frequent flyer levy?'),
  date: doc(isoDate().optional(), 'When the vote took place, when it differs from the voting date.', '2020-05-17'),
  held: doc(
    z.boolean().default(true),
    'false when the output was agreed without a vote (by consensus, say); then give no figures.',
    false,
  ),
  for: doc(count().optional(), 'Members who voted for.', 41),
  against: doc(count().optional(), 'Members who voted against.', 6),
  abstain: doc(count().optional(), 'Members who abstained.', 2),
  support: doc(
    percent().optional(),
    'Share in support, in per cent, when only a share was published. Say what it is out of in `base`.',
    87.5,
  ),
  opposed: doc(
    percent().optional(),
    'Share against, in per cent, when it was published beside the support share.',
    11,
  ),
  support_means: doc(
    text().optional(),
    'What the support share counts, in words that follow "members who …", when it is not a plain vote for.',
    'strongly agreed or agreed',
  ),
  options: doc(
    z.array(option).default([]),
    'For a ballot with several options (A, B, C, no preference; or a scale from strongly agree to strongly disagree): each option with its votes or share.',
    [
      { label: 'Future A', share: 24 },
      { label: 'Future B', share: 37 },
      { label: 'No preference', share: 39 },
    ],
  ),
  choice: doc(
    z.enum(ballotChoices).default('one'),
    'How the options were counted: one (each member chose one option; the shares add up to 100), several (members could choose more than one) or each (members voted on each option separately).',
    'each',
  ),
  base: doc(
    z.enum(voteBases).optional(),
    'What the shares are out of: votes-cast, valid-votes, members-present, members-expressing-a-view (for or against) or all-members (G31).',
    'valid-votes',
  ),
  out_of: doc(
    z.number().int('must be a whole number').positive('must be at least 1').optional(),
    'How many that base is, when it was published.',
    104,
  ),
  conditional_on: doc(
    z
      .strictObject({
        output: doc(identifier(), 'Id of the ballot (in `recommendations`) that decided who was asked.', 'air-travel-futures'),
        option: doc(text(), 'The option of that ballot whose choosers were asked.', 'Future B'),
      })
      .optional(),
    'For a ballot put only to the members who chose one option of another ballot.',
    { output: 'air-travel-futures', option: 'Future B' },
  ),
  url: doc(
    linkOrFile().optional(),
    'Where the figures are published, when they are not given here (for example a page of the report).',
    'https://www.climateassembly.uk/report/read/how-we-travel-by-air.html',
  ),
  note: doc(text().optional(), 'Anything to explain about the vote, in plain words.', 'Agreed by consensus on the last day.'),
  illustrative: illustrative(),
});

const vote = z.union([z.literal(notPublished), z.literal('not held'), voteFigures], {
  error: 'must be "not published", "not held", or a group of vote figures (for, against, abstain, support or options)',
});

const recommendation = z.strictObject({
  id: doc(identifier(), 'Short id used in the web address.', 'road-closures'),
  kind: doc(
    z.enum(outputKinds).default('recommendation'),
    'What kind of output it is: recommendation, statement-of-ambition, vision, principle, consideration, statement, ballot (a question put to members with several options) or call-to-action.',
    'principle',
  ),
  title: doc(text(), 'Short title.', 'Close some roads to cars'),
  text: doc(text(), 'The output in the members\' own wording (G29).', 'We recommend closing some city-centre roads to private cars.'),
  theme: doc(
    text().optional(),
    'The theme or goal it belongs to: an id from `themes`, or, when there is no `themes` list, a theme name used to group and filter.',
    'road-space',
  ),
  from: doc(
    identifier().optional(),
    'Id of a linked body (see `linked_bodies`) when it is that body\'s output rather than the assembly\'s own.',
    'childrens-parliament',
  ),
  vote: doc(
    vote.optional(),
    'The vote on it (G31): figures; "not published" when a vote was held but its figures were not made public; "not held" when it was agreed without a vote.',
    { for: 41, against: 6, abstain: 2, base: 'votes-cast' },
  ),
  response: doc(
    z
      .strictObject({
        status: responseStatus(),
        text: doc(text().optional(), 'What the commissioner said about it, and why.', 'We will trial closures on two streets in 2020.'),
        date: doc(isoDate().optional(), 'Date of the response, when it differs from the date of the response as a whole.', '2020-06-25'),
        ...statusSource,
        illustrative: illustrative(),
      })
      .optional(),
    'The official decision on this recommendation (G32). Leave out when the response did not answer point by point (see `response.answers`).',
    { status: 'accepted', text: 'Agreed.', date: '2020-06-25' },
  ),
  implementation: doc(
    z
      .array(
        z.strictObject({
          date: doc(isoDate(), 'Date of the update. An update dated after the day of the build is kept off the site until then.', '2021-02-25'),
          text: doc(text(), 'What happened.', 'Mill Road bridge closed to through traffic.'),
          evidence: doc(z.array(linkOrFile()).default([]), 'Links that show it (G33).', ['https://example.gov.uk/mill-road']),
          draft: draft(),
          illustrative: illustrative(),
        }),
      )
      .default([]),
    'Dated progress updates (G33, G39).',
    [{ date: '2021-02-25', text: 'Trial started.' }],
  ),
  published: doc(
    isoDate().optional(),
    'When this output was made public, if before the report (say, announced on the last day). Otherwise it appears with the report.',
    '2020-06-23',
  ),
  draft: draft(),
  illustrative: illustrative(),
});

export const responseAnswers = ['each-recommendation', 'by-theme', 'general'] as const;

export const responseEventKinds = [
  'response-document',
  'statement',
  'debate',
  'committee-inquiry',
  'evidence-session',
  'committee-report',
  'government-reply',
  'referendum',
  'legislation',
  'meeting',
  'other',
] as const;

export const themeWords = ['theme', 'goal', 'topic', 'chapter', 'area'] as const;

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
  themes: doc(
    z
      .array(
        z.strictObject({
          id: doc(identifier(), 'Short id, used in web addresses and in recommendations[].theme.', 'how-we-travel'),
          title: doc(text(), 'Name of the theme or goal.', 'How we travel'),
          summary: doc(text().optional(), 'What members said about it, in a sentence or two.', 'Members want better public transport before limits on cars.'),
          response: doc(
            z
              .strictObject({
                text: doc(text(), 'What the commissioner said about this theme or goal.', 'We will publish a transport decarbonisation plan.'),
                date: doc(isoDate().optional(), 'Date, when it differs from the response as a whole.', '2021-07-14'),
                status: doc(z.enum(responseStatuses).optional(), 'A decision on the theme as a whole, if one was given.', 'partly-accepted'),
                ...statusSource,
                illustrative: illustrative(),
              })
              .optional(),
            'The answer given for this theme or goal as a whole, when the response went goal by goal.',
            { text: 'We will publish a transport decarbonisation plan.' },
          ),
        }),
      )
      .default([]),
    'Themes or goals that group the outputs, in order. With a list here, each output\'s `theme` is one of these ids.',
    [{ id: 'how-we-travel', title: 'How we travel' }],
  ),
  themes_called: doc(
    z.enum(themeWords).default('theme'),
    'What the site calls a theme: theme, goal, topic, chapter or area.',
    'goal',
  ),
  linked_bodies: doc(
    z
      .array(
        z.strictObject({
          id: doc(identifier(), 'Short id, used in recommendations[].from.', 'childrens-parliament'),
          name: doc(text(), 'Name of the body.', 'Children\'s Parliament'),
          description: doc(text(), 'How it worked alongside the assembly.', 'Children aged 8 to 14 considered the same question and made calls to action.'),
          url: doc(linkOrFile().optional(), 'Its own page or report.', 'https://www.childrensparliament.org.uk/'),
        }),
      )
      .default([]),
    'Bodies that worked alongside the assembly and whose outputs are shown with its own, such as a children\'s parliament.',
    [{ id: 'childrens-parliament', name: 'Children\'s Parliament', description: 'Made calls to action.' }],
  ),
  recommendations: doc(
    z.array(recommendation).default([]),
    'Everything the assembly agreed, in the order of the report: recommendations, and statements, principles or ballots that are not.',
    [{ id: 'road-closures', title: 'Road closures', text: 'Close roads to cars.' }],
  ),
  response: doc(
    z
      .strictObject({
        title: doc(text().optional(), 'Title of the response document.', 'Response to the Citizens\' Assembly recommendations'),
        date: doc(isoDate().optional(), 'Date it is published; until then the document is kept off the site. Leave out when the response is only a process of events.', '2020-06-25'),
        by: doc(text().optional(), 'Who responded.', 'Greater Cambridge Partnership Executive Board'),
        summary: doc(text().optional(), 'A plain summary.', 'The Board accepted most of the recommendations.'),
        href: doc(linkOrFile().optional(), 'The full response.', 'files/response.pdf'),
        answers: doc(
          z.enum(responseAnswers).default('each-recommendation'),
          'How the response answers: each-recommendation (point by point), by-theme (goal by goal) or general (as a whole, declining to answer point by point).',
          'general',
        ),
        events: doc(
          z
            .array(
              z.strictObject({
                date: doc(expectedDate(), 'When it happened: a date, or a month (2021-05) when only the month is known.', '2020-11-26'),
                kind: doc(
                  z.enum(responseEventKinds),
                  'What it was: response-document, statement, debate, committee-inquiry, evidence-session, committee-report, government-reply, referendum, legislation, meeting or other.',
                  'debate',
                ),
                title: doc(text(), 'What it was, as a title.', 'House of Commons debate on the assembly\'s report'),
                by: doc(text().optional(), 'Who held or wrote it.', 'House of Commons'),
                summary: doc(text().optional(), 'What was said or decided.', 'Members of Parliament debated the report.'),
                url: doc(linkOrFile().optional(), 'Where to read or watch it.', 'https://hansard.parliament.uk/'),
                draft: draft(),
                illustrative: illustrative(),
              }),
            )
            .default([]),
          'When the response is a process (a debate, a committee inquiry, a government reply, a referendum, an Act): each step, dated, with a link.',
          [{ date: '2020-11-26', kind: 'debate', title: 'Commons debate' }],
        ),
        draft: draft(),
      })
      .optional(),
    'The commissioner\'s response as a whole (G32): a document, a list of events, or both.',
    { title: 'Our response', date: '2020-06-25' },
  ),
};
