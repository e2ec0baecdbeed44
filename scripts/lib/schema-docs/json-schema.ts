/** The JSON Schema editors use to check and complete assembly.yaml, generated from the zod schema. */
import * as z from 'zod';
import { assemblySchema } from '../../../templates/schema/assembly.ts';

export const jsonSchemaFile = 'templates/schema/generated/assembly.schema.json';

type Json = unknown;

/** What describes a field to a person, kept on the outside where editors show it. */
const describing = ['title', 'description', 'examples', 'default'];

/**
 * Every text may be one value per language, keyed by language code, in an assembly with
 * `languages` (templates/lib/config/languages.ts): `title: { cy: …, en: … }`.
 */
function perLanguageText(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(perLanguageText);
  if (typeof schema !== 'object' || schema === null) return schema;
  const node = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, perLanguageText(value)])) as Record<string, Json>;
  if (node['type'] !== 'string' || 'enum' in node || 'const' in node) return node;
  const outer = Object.fromEntries(Object.entries(node).filter(([key]) => describing.includes(key)));
  const text = Object.fromEntries(Object.entries(node).filter(([key]) => !describing.includes(key)));
  return { ...outer, anyOf: [text, { type: 'object', propertyNames: { pattern: '^[a-z]{2,3}$' }, additionalProperties: text, minProperties: 1 }] };
}

export function assemblyJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(assemblySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  // Marked as generated where editors show it: JSON has no comments, JSON Schema has $comment.
  const schema = { $schema, $comment: 'Generated from templates/schema/ by npm run schema. Do not edit by hand.', ...(perLanguageText(rest) as object) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
