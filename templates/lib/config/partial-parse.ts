/**
 * Best-effort parsing: keeps every part of the input that is valid, drops the parts that are not.
 * Cross-field rules run on the result, so a mistake in one field does not hide problems in the
 * fields beside it. Array positions are kept (an invalid item becomes undefined) so that the
 * rules' paths still point at the right lines.
 */
import type * as z from 'zod';
import { unwrap } from './schema-walk.ts';

/** What survives a best-effort parse: any field may be missing, any list item undefined. */
export type Loose<T> = T extends ReadonlyArray<infer U>
  ? Array<Loose<U> | undefined>
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> }
    : T;

export function partialParse(schema: z.ZodType, data: unknown): unknown {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const inner = unwrap(schema);
  const type = inner._zod.def.type;
  if (type === 'object' && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const kept: Record<string, unknown> = {};
    for (const [key, field] of Object.entries((inner as z.ZodObject).shape)) {
      const value = partialParse(field, (data as Record<string, unknown>)[key]);
      if (value !== undefined) kept[key] = value;
    }
    return kept;
  }
  if (type === 'array' && Array.isArray(data)) {
    const element = (inner as z.ZodArray<z.ZodType>).element;
    return data.map((item) => partialParse(element, item));
  }
  return undefined;
}
