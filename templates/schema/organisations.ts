/** Who commissions, runs, recruits for, funds and oversees the assembly (G5, G6, G9, G26). */
import * as z from 'zod';
import { doc, email, httpsUrl, isoDate, linkOrFile, money, text } from './primitives.ts';

export const commissionerTypes = [
  'local-authority',
  'combined-authority',
  'national-government',
  'devolved-government',
  'parliament',
  'public-body',
  'nhs',
  'charity',
  'other',
] as const;

export const organisationRoles = [
  'organiser',
  'facilitator',
  'recruiter',
  'funder',
  'evaluator',
  'report-author',
  'programme',
  'partner',
] as const;

const commissioner = z.strictObject({
  name: doc(text(), 'Name of the commissioning body.', 'Greater Cambridge Partnership'),
  type: doc(z.enum(commissionerTypes), 'What kind of body it is.', 'local-authority'),
  url: doc(httpsUrl().optional(), 'Its website.', 'https://www.greatercambridge.org.uk/'),
  local_authority_code: doc(
    z.string().regex(/^[A-Z]{3,5}$/, 'must be a code of three to five capital letters, such as TES').optional(),
    'For a council, its short code from mySociety\'s UK local authority names and codes, as the Citizens\' Assembly Register uses (G45).',
    'TES',
  ),
});

export const commissioningShape = {
  commissioners: doc(
    z.array(commissioner).min(1, 'must name at least one commissioning body'),
    'The body or bodies that commissioned the assembly and will respond to it (G6).',
    [{ name: 'Test Valley Borough Council', type: 'local-authority' }],
  ),
  commitment: doc(
    z
      .strictObject({
        text: doc(
          text(),
          'The public commitment, in the commissioner\'s words: what it will do with the recommendations.',
          'The Executive Board will consider every recommendation and publish a response.',
        ),
        respond_by: doc(isoDate().optional(), 'Date by which the commissioner promised to respond.', '2020-06-30'),
        url: doc(httpsUrl().optional(), 'Where the commitment was made, such as council minutes.', 'https://example.gov.uk/minutes/2019-07-04'),
      })
      .optional(),
    'The commissioning body\'s public commitment to respond to the recommendations, and by when (G5).',
    { text: 'The council will respond to every recommendation within six months.', respond_by: '2020-06-30' },
  ),
  organisations: doc(
    z
      .array(
        z.strictObject({
          name: doc(text(), 'Name of the organisation.', 'Involve'),
          roles: doc(
            z.array(z.enum(organisationRoles)).min(1, 'must list at least one role'),
            'What it does for the assembly.',
            ['organiser', 'facilitator'],
          ),
          url: doc(httpsUrl().optional(), 'Its website.', 'https://www.involve.org.uk/'),
          description: doc(text().optional(), 'One sentence on its part in the assembly.', 'Designed and facilitated the process.'),
        }),
      )
      .default([]),
    'Organisations that run, facilitate, recruit for, fund or evaluate the assembly (G6).',
    [{ name: 'Sortition Foundation', roles: ['recruiter'] }],
  ),
  funding: doc(
    z
      .strictObject({
        total: doc(money().optional(), 'Total budget, when disclosed.', { amount: 60000, currency: 'GBP' }),
        source: doc(text(), 'Where the money came from (G6: the funding source must be disclosed).', 'The Innovation in Democracy Programme (DCMS and MHCLG)'),
        details: doc(text().optional(), 'Anything else about funding, such as support in kind.', 'Plus expert support from the programme.'),
      })
      .optional(),
    'How the assembly is funded (G6).',
    { total: { amount: 60000, currency: 'GBP' }, source: 'UK Government' },
  ),
  oversight: doc(
    z
      .strictObject({
        name: doc(text().default('Advisory group'), 'What the group is called.', 'Advisory group'),
        role: doc(text(), 'What the group does, in a sentence or two.', 'Checked that the evidence was balanced and accurate.'),
        members: doc(
          z
            .array(
              z.strictObject({
                name: doc(text(), 'Member\'s name.', 'Dr Tom Cohen'),
                role: doc(text().optional(), 'Their job or role.', 'Senior Research Associate'),
                organisation: doc(text().optional(), 'Their organisation.', 'UCL Centre for Transport Studies'),
              }),
            )
            .default([]),
          'Members of the group (G9).',
          [{ name: 'Andrew Carter', role: 'Chief Executive', organisation: 'Centre for Cities' }],
        ),
        minutes: doc(
          z
            .array(
              z.strictObject({
                title: doc(text(), 'Which meeting.', 'Advisory group meeting 1'),
                date: doc(isoDate(), 'Date of the meeting.', '2019-07-15'),
                href: doc(linkOrFile(), 'Link to or file of the minutes.', 'files/advisory-minutes-1.pdf'),
              }),
            )
            .default([]),
          'Minutes of the group\'s meetings (G26).',
          [{ title: 'Meeting 1', date: '2019-07-15', href: 'files/advisory-minutes-1.pdf' }],
        ),
      })
      .optional(),
    'The advisory or oversight group (G9, G26).',
    { name: 'Advisory group', role: 'Reviewed the evidence programme.', members: [] },
  ),
};

export const contact = () =>
  z.strictObject({
    email: doc(email(), 'Email address the public can write to.', 'citizens.assembly@example.gov.uk'),
    phone: doc(text().optional(), 'Telephone number.', '01223 000000'),
    address: doc(text().optional(), 'Postal address.', 'Guildhall, Cambridge CB2 3QJ'),
    url: doc(httpsUrl().optional(), 'A contact page elsewhere.', 'https://example.gov.uk/contact'),
  });
