/** Looks inside the zod schema: which field sits at a path, and its documentation. */
import * as z from 'zod';
import type { FieldPath } from './problems.ts';

type AnySchema = z.ZodType;

const wrappers = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema inside optional(), default() and similar wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  while (wrappers.has(current._zod.def.type)) {
    current = (current._zod.def as unknown as { innerType: AnySchema }).innerType;
  }
  return current;
}

export function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const inner = unwrap(schema);
  return inner._zod.def.type === 'object' ? (inner as z.ZodObject).shape : undefined;
}

/** The field schema at `path` (with its documentation), or undefined past the schema's end. */
export function schemaAt(root: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = step(unwrap(current), segment);
  }
  return current;
}

/** One step down the schema: a field of an object, the element of a list, or either inside a union. */
function step(inner: AnySchema, segment: string | number): AnySchema | undefined {
  const def = inner._zod.def;
  if (def.type === 'object' && typeof segment === 'string') return (inner as z.ZodObject).shape[segment];
  if (def.type === 'array' && typeof segment === 'number') return (inner as z.ZodArray<AnySchema>).element;
  if (def.type === 'union') {
    for (const option of (inner as z.ZodUnion).options as readonly AnySchema[]) {
      const found = step(unwrap(option), segment);
      if (found) return found;
    }
  }
  return undefined;
}

export interface FieldDoc {
  description?: string;
  example?: unknown;
}

export function fieldDoc(schema: AnySchema | undefined): FieldDoc {
  if (!schema) return {};
  const meta = (schema.meta() ?? {}) as { description?: string; examples?: unknown[] };
  const result: FieldDoc = {};
  if (meta.description) result.description = meta.description;
  if (meta.examples && meta.examples.length > 0) result.example = meta.examples[0];
  return result;
}

/** Calls `visit` for every value in `data` with the schema that describes it. */
export function walkWithSchema(
  schema: AnySchema,
  data: unknown,
  visit: (value: unknown, fieldSchema: AnySchema, path: FieldPath) => void,
  path: FieldPath = [],
): void {
  visit(data, schema, path);
  let inner = unwrap(schema);
  // In a union, walk the form the value takes.
  if (inner._zod.def.type === 'union') {
    const option = ((inner as z.ZodUnion).options as readonly AnySchema[]).find((o) => o.safeParse(data).success);
    if (!option) return;
    inner = unwrap(option);
  }
  const def = inner._zod.def;
  if (def.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, child] of Object.entries((inner as z.ZodObject).shape)) {
      const value = (data as Record<string, unknown>)[key];
      if (value !== undefined) walkWithSchema(child, value, visit, [...path, key]);
    }
  } else if (def.type === 'array' && Array.isArray(data)) {
    const element = (inner as z.ZodArray<AnySchema>).element;
    data.forEach((item, index) => walkWithSchema(element, item, visit, [...path, index]));
  }
}
