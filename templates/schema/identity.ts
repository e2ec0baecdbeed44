/** What the assembly is called, what kind of mini-public it is, and the terms of its content. */
import * as z from 'zod';
import { doc, httpsUrl, identifier, text } from './primitives.ts';

/** The kinds of mini-public we know how to describe; the site's wording follows the kind. */
export const miniPublicKinds = [
  'citizens-assembly',
  'citizens-jury',
  'peoples-panel',
  'citizens-panel',
  'community-assembly',
] as const;

/** A language tag such as en-GB, cy-GB or ga. */
const languageTag = () => z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as en-GB or cy-GB');

/** The language of a tag, without its region: cy for cy-GB. Per-language values are keyed by it. */
export const languageCode = (tag: string) => tag.split('-')[0]!;

/** Licences for the site's content (G45: an open licence lets others reuse the record). */
export const licences = ['OGL-UK-3.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'all-rights-reserved'] as const;

export const identityShape = {
  title: doc(
    text(),
    'Full name of the assembly, as used in the report and the page titles.',
    "Greater Cambridge Citizens' Assembly on Congestion, Air Quality and Public Transport",
  ),
  short_title: doc(
    text().max(60, 'must be at most 60 characters, so it fits in the header on a phone'),
    'Short name for the header, breadcrumbs and browser tabs (at most 60 characters).',
    "Greater Cambridge Citizens' Assembly",
  ),
  kind: doc(
    z.enum(miniPublicKinds).default('citizens-assembly'),
    'Which kind of mini-public this is. The site says "assembly", "jury" or "panel" to match.',
    'peoples-panel',
  ),
  summary: doc(
    text().max(300, 'must be at most 300 characters: it is the description search engines show'),
    'One or two plain sentences saying what the assembly is for. Used in search results and previews.',
    '60 residents chosen by lot met over two weekends to recommend how to reduce congestion in Greater Cambridge.',
  ),
  language: doc(
    languageTag().default('en-GB'),
    'Language of the content, as a language tag. With `languages`, the main one (the first in that list).',
    'en-GB',
  ),
  languages: doc(
    z
      .array(languageTag())
      .min(2, 'must list at least two languages; for one, use language: instead')
      .refine((tags) => new Set(tags.map(languageCode)).size === tags.length, 'must list each language once (en-GB and en-US are both English)')
      .optional(),
    'The languages the site is published in, when more than one, the main one first (issue 19; the Welsh Language Standards). Any text may then give one value per language, by language code: `title: { cy: …, en: … }`, and an MDX page its translation beside it, as `01-introduction.en.mdx`.',
    ['cy-GB', 'en-GB'],
  ),
  missing_translations: doc(
    z.enum(['warning', 'error']).optional(),
    'With `languages`: whether a text or MDX page given in one language and not another is a warning (when this is left out), or an error that stops the build (as the Welsh Language Standards expect of a Welsh public body). Left out of a site in one language, and of its open data.',
    'error',
  ),
  licence: doc(
    z.enum(licences).default('OGL-UK-3.0'),
    'Licence of the published content and open data.',
    'CC-BY-4.0',
  ),
  time_zone: doc(
    z
      .string()
      .refine(isTimeZone, { message: 'must be a time zone name such as Europe/London' })
      .default('Europe/London'),
    'Time zone in which session times are written (an IANA name).',
    'Europe/London',
  ),
  topic: doc(
    text().max(60, 'must be at most 60 characters').optional(),
    'A broad topic in a few words, used to group assemblies in the Citizens\' Assembly Register (G45).',
    'Transport and air quality',
  ),
  register: doc(
    z
      .strictObject({
        id: doc(
          z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id as the register writes it, such as n-uk-2020-climate-assembly').optional(),
          'The id of this assembly\'s existing entry in the Citizens\' Assembly Register, when it has one: the check makes sure the entry this site publishes gets the same id, so it updates that entry instead of adding a second one.',
          'n-uk-2020-climate-assembly',
        ),
        thematic_grouping: doc(
          text().optional(),
          'The register\'s grouping for the assembly, when it differs from `topic`: for example "Climate Assembly".',
          'Climate Assembly',
        ),
        org_name: doc(
          text().optional(),
          'The organisation the register names. For a national assembly the register names the nation (UK, Scotland, Wales, Northern Ireland, Ireland); by default it names the commissioners.',
          'UK',
        ),
      })
      .optional(),
    'How the assembly appears in mySociety\'s Citizens\' Assembly Register (G45), where it differs from what the rest of this file gives.',
    { id: 'n-uk-2020-climate-assembly', thematic_grouping: 'Climate Assembly', org_name: 'UK' },
  ),
  series: doc(
    z
      .strictObject({
        id: doc(identifier(), 'Short id shared by every part of the series, so a site with several parts groups them.', 'citizens-assembly-2016-2018'),
        title: doc(text(), 'Name of the series.', 'The Citizens\' Assembly 2016–2018'),
        part: doc(z.number().int('must be a whole number').positive('must be at least 1').optional(), 'Which part this assembly is, from 1.', 2),
        url: doc(httpsUrl().optional(), 'The home page of the whole series, if it has one.', 'https://2016-2018.citizensassembly.ie/'),
        parts: doc(
          z
            .array(
              z.strictObject({
                title: doc(text(), 'Title of the other part.', 'How we best respond to the challenges of an ageing population'),
                part: doc(z.number().int('must be a whole number').positive('must be at least 1').optional(), 'Its number in the series.', 3),
                url: doc(httpsUrl(), 'Where its site or record is.', 'https://example.org/ageing/'),
              }),
            )
            .default([]),
          'The other parts, when they are published elsewhere. Parts built on the same site are found by `id`.',
          [{ title: 'Ageing population', part: 3, url: 'https://example.org/ageing/' }],
        ),
      })
      .optional(),
    'When one body considers several questions in turn, each is its own assembly folder with its own sessions, report and response; `series` links them and the site shows the whole series.',
    { id: 'citizens-assembly-2016-2018', title: 'The Citizens\' Assembly 2016–2018', part: 1 },
  ),
  example: doc(
    z.boolean().default(false),
    'true for the examples that come with the generator: once the folder holds an assembly of your own, builds leave the examples out (npm run build -- --with-examples keeps them).',
    true,
  ),
  notice: doc(
    text().optional(),
    'A notice shown at the top of every page, for example to say that an example site is partly illustrative.',
    'This is an example site. Items marked Illustrative are invented.',
  ),
};

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
