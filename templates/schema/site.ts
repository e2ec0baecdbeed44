/** Where the site lives, how to contact the organisers, and the legal pages (G14, G15, G56, G79). */
import * as z from 'zod';
import { contact } from './organisations.ts';
import { doc, email, httpsUrl, isoDate, linkOrFile, text } from './primitives.ts';

export const complianceStatuses = ['fully-compliant', 'partially-compliant', 'not-compliant'] as const;

const accessibility = z.strictObject({
  status: doc(
    z.enum(complianceStatuses),
    'How far the site meets WCAG 2.2 AA, in the words of the model statement (G56).',
    'partially-compliant',
  ),
  known_issues: doc(
    z
      .array(
        z.strictObject({
          issue: doc(text(), 'What is not accessible.', 'Some older recordings have no captions.'),
          criterion: doc(
            z.string().regex(/^\d\.\d{1,2}\.\d{1,2}$/, 'must be a WCAG success criterion number such as 1.2.2').optional(),
            'The WCAG success criterion it fails.',
            '1.2.2',
          ),
          plan: doc(text().optional(), 'What will be done about it, and by when.', 'We will add captions by March 2027.'),
        }),
      )
      .default([]),
    'Content that is not yet accessible, and why (G56).',
    [{ issue: 'Some recordings have no captions.', criterion: '1.2.2' }],
  ),
  prepared: doc(isoDate(), 'When the statement was first prepared.', '2026-11-01'),
  last_reviewed: doc(isoDate(), 'When the statement was last reviewed (G56: review it regularly).', '2026-11-01'),
  tested_by: doc(text().optional(), 'Who tested the site, and how.', 'Tested by the council\'s digital team with automated and manual checks.'),
  response_days: doc(
    z.number().int().positive().default(15),
    'Working days within which requests for another format are answered (G58).',
    15,
  ),
});

const privacy = z.strictObject({
  controller: doc(text(), 'Who is responsible for personal data (the data controller).', 'South Cambridgeshire District Council'),
  contact: doc(email(), 'Email for privacy questions.', 'dpo@example.gov.uk'),
  collects: doc(
    z
      .array(
        z.strictObject({
          what: doc(text(), 'What personal data.', 'Names and email addresses of people who send submissions'),
          why: doc(text(), 'What it is used for.', 'To publish submissions and reply to them'),
          lawful_basis: doc(text(), 'The lawful basis under UK GDPR.', 'Public task'),
          retention: doc(text(), 'How long it is kept (G79).', 'Deleted one year after the assembly ends'),
          shared_with: doc(text().optional(), 'Who else receives it.', 'No one'),
        }),
      )
      .default([]),
    'Personal data collected through or alongside the site. Leave empty if the site collects nothing (the default).',
    [{ what: 'Submissions', why: 'To publish them', lawful_basis: 'Consent', retention: 'One year' }],
  ),
  notice: doc(linkOrFile().optional(), 'The organisation\'s full privacy notice, if there is one.', 'https://example.gov.uk/privacy'),
});

const branding = z.strictObject({
  organisation: doc(text(), 'Name shown in the header and footer.', 'Greater Cambridge Partnership'),
  url: doc(httpsUrl().optional(), 'Where the organisation name links to.', 'https://www.greatercambridge.org.uk/'),
  logo: doc(
    z
      .strictObject({
        file: doc(linkOrFile(), 'The logo file in the assembly folder (SVG or PNG).', 'files/logo.svg'),
        alt: doc(text(), 'Text alternative for the logo.', 'Greater Cambridge Partnership'),
      })
      .optional(),
    'The organisation\'s logo.',
    { file: 'files/logo.svg', alt: 'Greater Cambridge Partnership' },
  ),
  colour: doc(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as # and six hexadecimal digits, such as #1d4f91')
      .default('#1d4f91'),
    'The one brand colour, used for the header and links. It must contrast 4.5:1 with white.',
    '#00594f',
  ),
});

export const siteShape = {
  site: doc(
    z.strictObject({
      url: doc(httpsUrl(), 'The public web address of the site (used in links, feeds and citations). When this assembly is built alone, its path is the base path the site is built for.', 'https://citizensassembly.example.gov.uk/'),
      contact: doc(contact(), 'How the public can contact the organisers.', { email: 'citizens.assembly@example.gov.uk' }),
      accessibility: doc(accessibility, 'Facts for the accessibility statement (G15, G56).', {
        status: 'fully-compliant',
        prepared: '2026-11-01',
        last_reviewed: '2026-11-01',
      }),
      privacy: doc(privacy, 'Facts for the privacy notice (G14, G79).', { controller: 'Example Council', contact: 'dpo@example.gov.uk' }),
      branding: doc(branding, 'Organisation name, logo and brand colour.', { organisation: 'Example Council', colour: '#1d4f91' }),
    }),
    'Facts about the website itself.',
    {
      url: 'https://citizensassembly.example.gov.uk/',
      contact: { email: 'citizens.assembly@example.gov.uk' },
      accessibility: { status: 'fully-compliant', prepared: '2026-11-01', last_reviewed: '2026-11-01' },
      privacy: { controller: 'Example Council', contact: 'dpo@example.gov.uk' },
      branding: { organisation: 'Example Council' },
    },
  ),
};
