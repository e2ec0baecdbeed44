/** The JSON Schema editors use to check and complete assembly.yaml, generated from the zod schema. */
import * as z from 'zod';
import { assemblySchema } from '../../../templates/schema/assembly.ts';

export const jsonSchemaFile = 'templates/schema/generated/assembly.schema.json';

export function assemblyJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(assemblySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  // Marked as generated where editors show it: JSON has no comments, JSON Schema has $comment.
  const schema = { $schema, $comment: 'Generated from templates/schema/ by npm run schema. Do not edit by hand.', ...rest };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
