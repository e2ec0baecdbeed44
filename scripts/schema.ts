/** npm run schema: regenerate the JSON Schema and the config reference from the zod schema. */
import './unexpected-errors.ts';
import { writeFileSync } from 'node:fs';
import { assemblyJsonSchema, jsonSchemaFile } from './lib/schema-docs/json-schema.ts';
import { configReference, referenceFile } from './lib/schema-docs/reference.ts';

writeFileSync(jsonSchemaFile, assemblyJsonSchema());
writeFileSync(referenceFile, configReference());
console.log(`Wrote ${jsonSchemaFile} and ${referenceFile}.`);
