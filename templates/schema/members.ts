/** Who the members are and how they were chosen, in aggregate only (G8, G36, G73-G76). */
import * as z from 'zod';
import { count, doc, illustrative, money, percent, text } from './primitives.ts';

const category = z.strictObject({
  name: doc(text(), 'Name of the category.', '16 to 29'),
  members: doc(count(), 'How many members are in this category.', 12),
  population_share: doc(
    percent().optional(),
    'Share of the population in this category, in per cent (0 to 100).',
    21.5,
  ),
});

export const membersShape = {
  members: doc(
    z
      .strictObject({
        count: doc(
          count().min(1, 'must be at least 1'),
          'How many members took part (or will take part).',
          53,
        ),
        selection: doc(
          z
            .strictObject({
              method: doc(
                text().optional(),
                'How members were chosen, step by step, in plain English (G8). `npm run check` says when it is due.',
                'Invitations went to 10,000 households chosen at random; from those who replied, members were chosen by lot to match the area.',
              ),
              invitations_sent: doc(count().optional(), 'How many invitations were sent.', 10000),
              replies: doc(count().optional(), 'How many people replied to say they could take part.', 211),
              selected: doc(count().optional(), 'How many were selected.', 60),
              dropped_out: doc(count().optional(), 'How many selected members dropped out.', 7),
              replaced: doc(count().optional(), 'How many drop-outs were replaced.', 0),
              stratified_by: doc(
                z.array(text()).default([]),
                'The criteria used to match members to the population (G8).',
                ['Age', 'Gender', 'Ethnicity', 'Area'],
              ),
              payment: doc(
                z
                  .strictObject({
                    amount: doc(money().optional(), 'Payment to each member.', { amount: 300, currency: 'GBP' }),
                    note: doc(text().optional(), 'What else was covered, such as travel or care costs.', 'Plus travel and care costs.'),
                  })
                  .optional(),
                'What members were paid.',
                { amount: { amount: 300, currency: 'GBP' } },
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
        profile: doc(
          z
            .array(
              z.strictObject({
                dimension: doc(text(), 'What is compared.', 'Age'),
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
