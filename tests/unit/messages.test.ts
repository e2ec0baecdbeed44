/** Plain-English messages for schema problems (templates/lib/config/messages.ts). */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { explainIssues, impossibleDate, parseOptions } from '../../templates/lib/config/messages.ts';

/** The plain messages for `input` against `schema`, parsed as the check parses organisers' files. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, parseOptions);
  return result.success ? [] : explainIssues(schema, result.error.issues, input).map((i) => i.message);
}

describe("zod's own checks, worded by issue code", () => {
  const cases: Array<[string, z.ZodType, unknown, string]> = [
    ['a list too short', z.object({ roles: z.array(z.string()).min(2) }), { roles: ['a'] }, 'This must list at least 2 items (it is a list).'],
    ['a list of one too short', z.object({ roles: z.array(z.string()).min(1) }), { roles: [] }, 'This must list at least 1 item (it is a list).'],
    ['a list too long', z.object({ roles: z.array(z.string()).max(1) }), { roles: ['a', 'b'] }, 'This must list at most 1 item (it is a list).'],
    ['empty text', z.object({ title: z.string().min(1) }), { title: '' }, 'This must not be empty (it is "").'],
    ['text too short', z.object({ title: z.string().min(3) }), { title: 'ab' }, 'This must be at least 3 characters (it is "ab").'],
    ['text too long', z.object({ title: z.string().max(3) }), { title: 'abcd' }, 'This must be at most 3 characters (it is "abcd").'],
    ['a number too small', z.object({ count: z.number().positive() }), { count: 0 }, 'This must be more than 0 (it is the number 0).'],
    ['a number too big', z.object({ count: z.number().max(100) }), { count: 101 }, 'This must be at most 100 (it is the number 101).'],
    ['a date written another way', z.object({ date: z.iso.date() }), { date: '6 March' }, 'This must be a date written YYYY-MM-DD, such as 2027-03-06 (it is "6 March").'],
    ['not a multiple', z.object({ share: z.number().multipleOf(5) }), { share: 7 }, 'This must be a multiple of 5 (it is the number 7).'],
  ];
  it.each(cases)('%s', (_name, schema, input, expected) => {
    expect(messages(schema, input).map((m) => m.replace(/ Change it\.$/, ''))).toEqual([expected]);
  });
  it("keeps a message written in the schema over zod's", () => {
    expect(messages(z.object({ roles: z.array(z.string()).min(1, 'must list at least one role') }), { roles: [] })[0]).toMatch(/^This must list at least one role/);
  });
  it("would show zod's own English without the options, which is what they replace", () => {
    const schema = z.object({ roles: z.array(z.string()).min(2) });
    const result = schema.safeParse({ roles: ['a'] });
    expect(explainIssues(schema, result.error!.issues, { roles: ['a'] })[0]!.message).not.toContain('must list at least 2 items');
  });
});

describe('a date written the right way that names no real day', () => {
  it('says which part does not exist', () => {
    expect(impossibleDate('2026-02-30')).toBe('2026-02-30 is not a date that exists: February 2026 has 28 days.');
    expect(impossibleDate('2027-04-31')).toBe('2027-04-31 is not a date that exists: April 2027 has 30 days.');
    expect(impossibleDate('2026-13-01')).toBe('2026-13-01 is not a date that exists: there is no month 13.');
    expect(impossibleDate('2027-03-06T25:75')).toMatch(/^2027-03-06T25:75 is not a time that exists/);
  });

  it('leaves real dates, leap days and other text alone', () => {
    expect(impossibleDate('2028-02-29')).toBeUndefined();
    expect(impossibleDate('2027-03-06T23:59')).toBeUndefined();
    expect(impossibleDate('6 March 2027')).toBeUndefined();
  });
});
