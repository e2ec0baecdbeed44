/** What the assembly is called, what kind of mini-public it is, and the terms of its content. */
import * as z from 'zod';
import { doc, text } from './primitives.ts';

/** The kinds of mini-public we know how to describe; the site's wording follows the kind. */
export const miniPublicKinds = [
  'citizens-assembly',
  'citizens-jury',
  'peoples-panel',
  'citizens-panel',
  'community-assembly',
] as const;

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
    z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as en-GB or cy-GB')
      .default('en-GB'),
    'Language of the content, as a language tag.',
    'en-GB',
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
