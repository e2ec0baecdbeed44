/** Who the members are, how they were chosen and supported, in aggregate only (G8, G36, G73-G76). */
import * as z from 'zod';
import {
  count,
  countFigure,
  doc,
  identifier,
  illustrative,
  money,
  notPublished,
  percent,
  publishedCount,
  text,
} from './primitives.ts';

const category = z.strictObject({
  name: doc(text(), 'Name of the category.', '16 to 29'),
  members: doc(count().optional(), 'How many members are in this category. Give this or `share`.', 12),
  share: doc(
    percent().optional(),
    'Share of the members counted, in per cent, when only shares were published. Give this or `members`.',
    11,
  ),
  population_share: doc(
    percent().optional(),
    'Share of the population in this category, in per cent (0 to 100).',
    21.5,
  ),
});

/** How members are paid for their time: never shown as "paid £0" (G10: what members commit to). */
export const paymentPeriods = ['day', 'weekend', 'session', 'total'] as const;
export const supportKinds = [
  'travel',
  'accommodation',
  'meals',
  'childcare',
  'care',
  'equipment',
  'internet',
  'training',
  'interpreting',
  'accessibility',
] as const;

const payment = z.union(
  [
    z.literal(notPublished),
    z.literal('unpaid'),
    z.strictObject({
      amount: doc(money(), 'How much each member is paid.', { amount: 150, currency: 'GBP' }),
      per: doc(z.enum(paymentPeriods), 'What the amount is for: each day, weekend or session, or in total.', 'weekend'),
      note: doc(text().optional(), 'Anything else about the payment, such as vouchers instead of money.', 'Paid as shopping vouchers.'),
    }),
  ],
  { error: 'must be "unpaid", "not published", or a group with amount and per' },
);

export const membersShape = {
  members: doc(
    z
      .strictObject({
        count: doc(
          countFigure(),
          'How many members took part to the end (the headline figure): exact, or as published ({ about: 100 }). Give other moments in `selection` and `attendance`.',
          53,
        ),
        figures_note: doc(
          text().optional(),
          'Why the figures do not add up (selected, less drop-outs, plus replacements, against `count`), in plain words. Shown on the members page.',
          'Two members selected in January were replaced before the first weekend.',
        ),
        selection: doc(
          z
            .strictObject({
              method: doc(
                text().optional(),
                'How members were chosen, step by step, in plain English (G8). `npm run check` says when it is due.',
                'Invitations went to 10,000 households chosen at random; from those who replied, members were chosen by lot to match the area.',
              ),
              invitations_sent: doc(publishedCount().optional(), 'How many invitations were sent: exact, approximate or "not published".', 10000),
              replies: doc(
                publishedCount().optional(),
                'How many people replied to say they could take part: exact, or as published ({ between: [1500, 1800] }).',
                211,
              ),
              selected: doc(publishedCount().optional(), 'How many were selected.', 60),
              dropped_out: doc(publishedCount().optional(), 'How many selected members dropped out.', 7),
              replaced: doc(
                publishedCount().optional(),
                'How many members were added to replace others (it may be more than dropped out, for example when some never came).',
                0,
              ),
              stratified_by: doc(
                z.array(text()).default([]),
                'The criteria used to match members to the population (G8).',
                ['Age', 'Gender', 'Ethnicity', 'Area'],
              ),
              exclusions: doc(
                text().optional(),
                'Who could not take part and why (G10).',
                'Elected councillors and council staff could not take part.',
              ),
            })
            .optional(),
          'How members were recruited and selected (G8).',
          { method: 'A civic lottery.', invitations_sent: 10000 },
        ),
        attendance: doc(
          z
            .array(
              z.strictObject({
                session: doc(identifier(), 'Id of the session (see `sessions`).', 'weekend-1'),
                count: doc(countFigure(), 'How many members took part in it.', 110),
                due: doc(
                  z.boolean().default(false),
                  'true when the figure is how many were due to take part, because how many actually did was not published.',
                  true,
                ),
                note: doc(text().optional(), 'Anything to explain, such as why some could not come.', 'Two members joined by telephone.'),
              }),
            )
            .default([]),
          'How many members took part in particular sessions, such as the first and the last.',
          [{ session: 'weekend-1', count: 110 }],
        ),
        support: doc(
          z
            .strictObject({
              payment: doc(
                payment,
                'What each member is paid for their time: an amount per day, weekend, session or in total; "unpaid"; or "not published".',
                { amount: { amount: 150, currency: 'GBP' }, per: 'weekend' },
              ),
              expenses: doc(
                z.array(z.enum(supportKinds)).default([]),
                'Costs covered and help offered so that anyone can take part.',
                ['travel', 'childcare', 'equipment', 'internet'],
              ),
              note: doc(
                text().optional(),
                'Anything else about support, in plain words.',
                'Members without a computer were lent a tablet and given a data allowance.',
              ),
            })
            .optional(),
          'What members are paid and which costs and help are offered (G10: what members are asked to commit, and what they get).',
          { payment: 'unpaid', expenses: ['travel'] },
        ),
        profile: doc(
          z
            .array(
              z.strictObject({
                dimension: doc(text(), 'What is compared.', 'Age'),
                base: doc(
                  z
                    .strictObject({
                      who: doc(text(), 'Who is counted, in plain words.', 'members selected in January 2020'),
                      total: doc(
                        z.number().int('must be a whole number').positive('must be at least 1').optional(),
                        'How many people that is.',
                        110,
                      ),
                    })
                    .optional(),
                  'Who this dimension counts, when it is not the members in `count`: for example the members selected, while fewer took part.',
                  { who: 'members selected', total: 110 },
                ),
                source: doc(text().optional(), 'Where the population figures come from.', 'ONS mid-2018 estimates'),
                categories: doc(z.array(category).min(1, 'must list at least one category'), 'The categories and counts.', [
                  { name: '16 to 29', members: 12, population_share: 21.5 },
                ]),
                illustrative: illustrative(),
              }),
            )
            .default([]),
          'The members\' profile, one entry per dimension, compared with the population (G76: aggregates only).',
          [{ dimension: 'Area', categories: [{ name: 'Cambridge', members: 23 }] }],
        ),
        naming_policy: doc(
          text().optional(),
          'How members are named in public, if at all (G75).',
          'Members are named by first name and area only, with their consent.',
        ),
        list: doc(
          z
            .array(
              z.strictObject({
                first_name: doc(text(), 'First name only (G75).', 'Geoff'),
                area: doc(text(), 'Area, not address.', 'Cambridge'),
              }),
            )
            .default([]),
          'Members who agreed to be named, by first name and area only (G75).',
          [{ first_name: 'Geoff', area: 'Cambridge' }],
        ),
        stories: doc(
          z
            .array(
              z.strictObject({
                first_name: doc(text(), 'First name only.', 'Valerie'),
                area: doc(text().optional(), 'Area, not address.', 'Travel to Work Area'),
                quote: doc(text(), 'What the member said, with their consent (G36).', 'I never thought my view would count.'),
                consent: doc(
                  z.literal(true, { message: 'must be true: publish a member\'s words only with their consent' }),
                  'Confirms the member agreed to publish this quote (G73).',
                  true,
                ),
                illustrative: illustrative(),
              }),
            )
            .default([]),
          'Members\' own words about the experience, published with consent (G36).',
          [{ first_name: 'Valerie', quote: 'I learned a lot.', consent: true }],
        ),
      })
      .optional(),
    'The members: how many, how chosen, and their profile against the population.',
    { count: 53 },
  ),
};
