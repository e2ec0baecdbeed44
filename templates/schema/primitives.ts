/**
 * Small, reusable field types for the assembly config. Every field in the schema is documented
 * through `doc()`, so the JSON Schema for editors and the config reference carry a description and
 * an example for each one (tests/unit/schema.test.ts enforces this).
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
/** Ids and file names become folder and file names: no file system refuses this length (issue 15). */
export const longestName = 100;
export const identifier = () =>
  z
    .string()
    .regex(idPattern, 'must use only lower-case letters, digits and hyphens')
    .max(longestName, `must be at most ${longestName} characters long, as it becomes part of a web address and a file name`);

/** A calendar date, written YYYY-MM-DD. */
export const isoDate = () => z.iso.date('must be a date written YYYY-MM-DD, such as 2027-03-06');

/** A date, or "not published" when no one made it public. */
export const publishedDate = () => orNotPublished(isoDate(), 'a date written YYYY-MM-DD');

/**
 * A date that is promised or expected, which is often only known to the month: 2020-06-30, or
 * 2020-06 for "by June 2020". Read as the last day of the month when it is a deadline.
 */
export const expectedDate = () =>
  z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?$/, 'must be a date written YYYY-MM-DD, or a month written YYYY-MM, such as 2020-06')
    .refine((value) => value.length === 7 || !Number.isNaN(Date.parse(value)), 'must be a real date, such as 2020-06-30');

/**
 * A date and time. Written without an offset (2019-09-07T10:00) it is read in the assembly's
 * `time_zone`; an explicit offset (2019-09-07T10:00+01:00 or Z) is also accepted.
 */
export const localDateTimePattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
export const dateTime = () =>
  z
    .string()
    .regex(localDateTimePattern, 'must be a date and time written like 2027-03-06T10:00')
    .refine(isRealDateTime, realDateTimeMessage);

const realDateTimeMessage = 'must be a date and time that exist: a real day of the month, hours from 00 to 23 and minutes from 00 to 59';

/**
 * Whether the date, time and offset written all exist: 2027-02-30T10:00 and 25:75 are refused
 * rather than rolled over into another day (issue 15).
 */
export function isRealDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))?)?$/.exec(value);
  if (!match) return true; // the pattern's message says what is wrong
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  const dateExists = date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
  return dateExists && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours! <= 14 && offsetMinutes! <= 59;
}

/**
 * When something starts or ends: a date and time (2027-03-06T10:00), or only a date (2027-03-06)
 * when the times were not published.
 */
export const dateOrDateTime = () =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/,
      'must be a date and time written like 2027-03-06T10:00, or a date written 2027-03-06 when the times are not known',
    )
    .refine(isRealDateTime, realDateTimeMessage);

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
 * What is wrong with a web address that is otherwise well formed, or undefined (issue 15): a space
 * is refused rather than encoded, as it is more often a typo or two addresses run together than
 * a real part of one; a user name or password would be published to every visitor.
 */
export function webAddressFault(value: string): string | undefined {
  if (!value.startsWith('https://')) return undefined;
  if (/\s/.test(value)) return 'A web address cannot hold a space. Remove it, or write %20 where the address really has one.';
  try {
    const url = new URL(value);
    if (url.username || url.password) return 'This web address holds a user name or password (before @), which would be shown to every visitor. Remove it, and the @.';
  } catch {
    return undefined;
  }
  return undefined;
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

/**
 * Said of a fact that was never made public, or that the sources do not give. The site says so in
 * words ("not published") instead of showing a guess, and the transparency check counts it as not
 * published rather than asking for it again.
 */
export const notPublished = 'not published';
export type NotPublished = typeof notPublished;

/** The schema's value, or "not published". The literal goes first so it is never read as text. */
export function orNotPublished<T extends z.ZodType>(schema: T, what: string) {
  return z.union([z.literal(notPublished), schema], { error: `must be ${what}, or "not published"` });
}

const figureWords = 'a number, or an estimate written about: N, between: [low, high] or more_than: N';

/**
 * A number as it was published: exact (110), approximate ({ about: 520000 }), a range
 * ({ between: [1500, 1800] }) or a floor ({ more_than: 1500 }). Never force a guess.
 */
export function figure<T extends z.ZodNumber>(base: () => T) {
  return z.union(
    [
      base(),
      z.strictObject({ about: base() }),
      z.strictObject({
        between: z.tuple([base(), base()]).refine(([low, high]) => Number(low) <= Number(high), 'must give the lower figure first, such as between: [1500, 1800]'),
      }),
      z.strictObject({ more_than: base() }),
    ],
    { error: `must be ${figureWords}` },
  );
}
export type Figure = number | { about: number } | { between: [number, number] } | { more_than: number };

/** A count of people or things, exact or approximate (see figure). */
export const countFigure = () => figure(count);

/** A count that may also be "not published". */
export const publishedCount = () => orNotPublished(countFigure(), figureWords);

export const currency = () =>
  doc(
    z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as GBP').default('GBP'),
    'ISO 4217 currency code.',
    'GBP',
  );

export const money = () =>
  z.strictObject({
    amount: doc(
      figure(() => z.number().nonnegative('must not be negative')),
      'The amount, in units of the currency: exact (60000), or as published ({ about: 520000 }).',
      60000,
    ),
    currency: currency(),
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

/**
 * Keeps an item off the site whatever its date, while it is being written or awaits approval.
 * Items dated in the future are kept off until their date without it (templates/lib/site/embargo.ts).
 */
export const draft = () =>
  doc(
    z.boolean().default(false),
    'true keeps this off the site (every page, feed, calendar and data file) until you remove it. Items dated after the day of the build are kept off until their date anyway.',
    true,
  );

/** Marks invented example content, which the site labels so no one mistakes it for the record. */
export const illustrative = () =>
  doc(
    z.boolean().default(false),
    'Set to true when this item is invented for illustration; the site labels it "Illustrative".',
    true,
  );
