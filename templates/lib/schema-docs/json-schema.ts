/** The JSON Schema editors use to check and complete assembly.yaml, generated from the zod schema. */
import * as z from 'zod';
import { assemblySchema } from '../../schema/assembly.ts';

export const jsonSchemaFile = 'templates/schema/assembly.schema.json';

export function assemblyJsonSchema(): string {
  const schema = z.toJSONSchema(assemblySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
