/**
 * Small, reusable field types for the assembly config. Every field in the schema is documented
 * through `doc()`, so the JSON Schema for editors and the config reference carry a description and
 * an example for each one (tests/unit/schema-docs.test.ts enforces this).
 */
import * as z from 'zod';

/** Attach the description and example every field must have. */
export function doc<T extends z.ZodType>(schema: T, description: string, example: unknown): T {
  return schema.meta({ description, examples: [example] });
}

/** Free text that must not be blank. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** An identifier used in URLs and references: lower-case letters, digits and single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const identifier = () =>
  z.string().regex(idPattern, 'must use only lower-case letters, digits and hyphens');

/** A calendar date, written YYYY-MM-DD. */
export const isoDate = () => z.iso.date('must be a date written YYYY-MM-DD, such as 2027-03-06');

/**
 * A date and time. Written without an offset (2019-09-07T10:00) it is read in the assembly's
 * `time_zone`; an explicit offset (2019-09-07T10:00+01:00 or Z) is also accepted.
 */
export const localDateTimePattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
export const dateTime = () =>
  z.string().regex(localDateTimePattern, 'must be a date and time written like 2027-03-06T10:00');

/** A time of day, 24-hour clock. */
export const timeOfDay = () =>
  z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time written like 09:30 (24-hour clock)');

/**
 * A web address. Only https is allowed: plain http leaks what visitors read, and `javascript:` or
 * `data:` addresses could run code on the site.
 */
export const httpsUrl = () =>
  z.string().refine(isHttpsUrl, { message: 'must be a full web address starting with https://' });

export function isHttpsUrl(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * Either a web address (https) or a file kept in the assembly's own folder, such as
 * `files/report.pdf`. Local files are copied into the site, so the record survives when other
 * websites move (G83).
 */
export const localPathPattern = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._\-/ ]+\.[A-Za-z0-9]+$/;
export function isLinkOrFile(value: string): boolean {
  return isHttpsUrl(value) || (localPathPattern.test(value) && !value.includes(':'));
}
export function isLocalFile(value: string): boolean {
  return !isHttpsUrl(value) && isLinkOrFile(value);
}
export const linkOrFile = () =>
  z.string().refine(isLinkOrFile, {
    message:
      'must be a web address starting with https:// or the path of a file in this assembly\'s folder, such as files/report.pdf',
  });

export const email = () => z.email('must be an email address, such as engagement@example.gov.uk');

/** A percentage between 0 and 100. */
export const percent = () =>
  z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');

export const count = () => z.number().int('must be a whole number').nonnegative('must not be negative');

export const money = () =>
  z.strictObject({
    amount: doc(z.number().nonnegative('must not be negative'), 'The amount, in units of the currency.', 60000),
    currency: doc(
      z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as GBP').default('GBP'),
      'ISO 4217 currency code.',
      'GBP',
    ),
  });

/** A downloadable file or linked document with what people need to decide whether to open it. */
export const download = () =>
  z.strictObject({
    title: doc(text(), 'What the file is, as a link text.', 'Full report (PDF)'),
    href: doc(linkOrFile(), 'Web address, or path of a file in the assembly folder.', 'files/report.pdf'),
    format: doc(
      z.string().trim().min(1).optional(),
      'File format shown beside the link. Worked out from the file name when left out.',
      'PDF',
    ),
    size: doc(
      z.string().trim().min(1).optional(),
      'Size shown beside the link, for linked files. Measured automatically for local files.',
      '2 MB',
    ),
  });

/** Marks invented example content, which the site labels so no one mistakes it for the record. */
export const illustrative = () =>
  doc(
    z.boolean().default(false),
    'Set to true when this item is invented for illustration; the site labels it "Illustrative".',
    true,
  );
