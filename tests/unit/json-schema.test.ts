/** The JSON Schema editors use must agree with the loader: accept the examples, reject mistakes. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listAssemblyIds } from '../../templates/lib/config/load-all.ts';
import { jsonSchemaFile } from '../../scripts/lib/schema-docs/json-schema.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(jsonSchemaFile, 'utf8')));
const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

describe(`${jsonSchemaFile} in an editor`, () => {
  const valid = [
    ...listAssemblyIds('assemblies').map((id) => `assemblies/${id}/assembly.yaml`),
    ...listAssemblyIds('tests/fixtures/sites/two-assemblies').map((id) => `tests/fixtures/sites/two-assemblies/${id}/assembly.yaml`),
    'tests/fixtures/sites/bilingual/cymru-2027/assembly.yaml',
  ];
  it.each(valid)('accepts %s', (path) => {
    validate(read(path));
    expect(validate.errors ?? []).toEqual([]);
  });
  it('accepts a text given per language code, and rejects one keyed by anything else', () => {
    const bilingual = read('tests/fixtures/sites/bilingual/cymru-2027/assembly.yaml') as Record<string, unknown>;
    expect(validate({ ...bilingual, title: { cy: 'Cynulliad', en: 'Assembly' } })).toBe(true);
    expect(validate({ ...bilingual, title: { Welsh: 'Cynulliad' } })).toBe(false);
    expect(validate({ ...bilingual, title: {} })).toBe(false);
    expect(validate({ ...bilingual, kind: { cy: 'citizens-assembly' } })).toBe(false);
  });
  it.each(['unknown-top-level-key', 'misspelt-kind', 'negative-count', 'impossible-date', 'text-where-list-expected', 'quote-without-consent'])(
    'rejects the %s fixture',
    (name) => {
      expect(validate(read(`tests/fixtures/invalid/${name}/assembly.yaml`))).toBe(false);
    },
  );
});
