/** Who commissions, runs, recruits for, funds and oversees the assembly (G5, G6, G9, G26). */
import * as z from 'zod';
import { doc, email, expectedDate, httpsUrl, isoDate, linkOrFile, money, orNotPublished, text } from './primitives.ts';

export const commissionerTypes = [
  'local-authority',
  'town-council',
  'combined-authority',
  'national-government',
  'devolved-government',
  'parliament',
  'public-body',
  'nhs',
  'charity',
  'other',
] as const;

/** Groups that advise or oversee the assembly (G9). */
export const governanceKinds = [
  'advisory',
  'expert-leads',
  'academic',
  'stewarding',
  'evidence',
  'members-steering',
  'oversight',
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
  type: doc(
    z.enum(commissionerTypes),
    'What kind of body it is: local-authority (a county, district, borough or unitary council), town-council (a town, parish or community council), combined-authority, national-government, devolved-government, parliament, public-body, nhs, charity or other.',
    'local-authority',
  ),
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
        respond_by: doc(
          orNotPublished(expectedDate(), 'a date written YYYY-MM-DD, or a month written YYYY-MM').optional(),
          'Date by which the commissioner promised to respond: a date, or a month (2020-08) when the promise named only that; "not published" when no date was ever given.',
          '2020-06-30',
        ),
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
  established_by: doc(
    z
      .strictObject({
        text: doc(
          text(),
          'What set the assembly up, in plain words that follow "set up by": a motion, a resolution, an Act or a decision.',
          'a resolution of both Houses of the Oireachtas',
        ),
        date: doc(isoDate().optional(), 'When it was made.', '2016-07-13'),
        url: doc(linkOrFile().optional(), 'The motion, minutes or Act.', 'https://www.oireachtas.ie/'),
      })
      .optional(),
    'The legal or political basis of the assembly (G5, G6).',
    { text: 'A motion of the council on 4 July 2019.', url: 'https://example.gov.uk/minutes/2019-07-04' },
  ),
  leadership: doc(
    z
      .array(
        z.strictObject({
          role: doc(text(), 'The role, as it was called.', 'Chair'),
          name: doc(text(), 'Who held it.', 'Ms Justice Mary Laffoy'),
          organisation: doc(text().optional(), 'Their organisation.', 'Involve'),
          description: doc(text().optional(), 'What the role involved.', 'Chaired every session and signed the report.'),
          url: doc(httpsUrl().optional(), 'A page about them.', 'https://www.involve.org.uk/'),
        }),
      )
      .default([]),
    'Named roles such as the chair, the conveners or the lead facilitator.',
    [{ role: 'Chair', name: 'Ms Justice Mary Laffoy' }],
  ),
  funding: doc(
    z
      .strictObject({
        total: doc(
          orNotPublished(money(), 'an amount with a currency').optional(),
          'Total budget: exact, as published ({ amount: { about: 520000 } }), or "not published".',
          { amount: 60000, currency: 'GBP' },
        ),
        source: doc(
          text().optional(),
          'Where the money came from, in words (G6: the funding source must be disclosed). Give this, `funders`, or both.',
          'The Innovation in Democracy Programme (DCMS and MHCLG)',
        ),
        funders: doc(
          z
            .array(
              z.strictObject({
                name: doc(text(), 'Who gave money.', 'Esmée Fairbairn Foundation'),
                amount: doc(
                  orNotPublished(money(), 'an amount with a currency').optional(),
                  'How much, when published; or "not published".',
                  { amount: 200000, currency: 'GBP' },
                ),
              }),
            )
            .default([]),
          'Each funder, with its share when published.',
          [{ name: 'House of Commons', amount: { amount: 120000, currency: 'GBP' } }],
        ),
        details: doc(text().optional(), 'Anything else about funding, such as support in kind.', 'Plus expert support from the programme.'),
      })
      .optional(),
    'How the assembly is funded (G6).',
    { total: { amount: 60000, currency: 'GBP' }, source: 'UK Government' },
  ),
  oversight: doc(
    z
      .array(
        z.strictObject({
          name: doc(text(), 'What the group is called.', 'Advisory panel'),
          kind: doc(
            z.enum(governanceKinds).default('advisory'),
            'What kind of group it is: advisory, expert-leads, academic, stewarding, evidence, members-steering, oversight or other.',
            'expert-leads',
          ),
          role: doc(text(), 'What the group does, in a sentence or two.', 'Checked that the evidence was balanced and accurate.'),
          members: doc(
            z
              .array(
                z.strictObject({
                  name: doc(text(), 'Member\'s name, or the organisation\'s when only that was published.', 'Dr Tom Cohen'),
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
            'Minutes of the group\'s meetings (G26). Write minutes_published: false when none were published.',
            [{ title: 'Meeting 1', date: '2019-07-15', href: 'files/advisory-minutes-1.pdf' }],
          ),
          minutes_published: doc(
            z.boolean().optional(),
            'false when the group\'s minutes were not published, so the site says so instead of nothing.',
            false,
          ),
          url: doc(httpsUrl().optional(), 'A page about the group.', 'https://www.climateassembly.uk/about/who/'),
        }),
      )
      .default([]),
    'The advisory, oversight and other groups around the assembly, each with its members, role and minutes (G9, G26).',
    [{ name: 'Advisory group', role: 'Reviewed the evidence programme.', members: [] }],
  ),
};

export const contact = () =>
  z.strictObject({
    email: doc(email(), 'Email address the public can write to.', 'citizens.assembly@example.gov.uk'),
    phone: doc(text().optional(), 'Telephone number.', '01223 000000'),
    address: doc(text().optional(), 'Postal address.', 'Guildhall, Cambridge CB2 3QJ'),
    url: doc(httpsUrl().optional(), 'A contact page elsewhere.', 'https://example.gov.uk/contact'),
  });
