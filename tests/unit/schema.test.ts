import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { assemblySchema } from '../../templates/schema/assembly.ts';
import { mdxFolders } from '../../templates/schema/frontmatter.ts';
import { listAssemblyIds } from '../../templates/lib/config/load-all.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { fieldDoc, unwrap } from '../../templates/lib/config/schema-walk.ts';
import { assemblyJsonSchema, jsonSchemaFile } from '../../scripts/lib/schema-docs/json-schema.ts';
import { configReference, referenceFile } from '../../scripts/lib/schema-docs/reference.ts';

describe('the example assemblies', () => {
  const ids = listAssemblyIds('assemblies');
  it('include a finished assembly and one still to come', () => {
    expect(ids).toEqual(expect.arrayContaining(['greater-cambridge-2019', 'riverside-2027']));
  });
  it.each(ids)('%s passes every check with no warnings', (id) => {
    const { assembly, problems } = loadAssembly('assemblies', id);
    expect(problems).toEqual([]);
    expect(assembly?.config.title).toBeTruthy();
  });
  it.each(ids)('%s points editors at the JSON Schema', (id) => {
    expect(readFileSync(`assemblies/${id}/assembly.yaml`, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/templates\/schema\/generated\/assembly\.schema\.json$/m);
  });
});

/** Every field of every object in the schema, with its path. */
function fields(schema: z.ZodType, path: string): Array<[string, z.ZodType]> {
  const inner = unwrap(schema);
  const type = inner._zod.def.type;
  if (type === 'object') {
    return Object.entries((inner as z.ZodObject).shape).flatMap(([key, field]) => [
      [`${path}${key}`, field] as [string, z.ZodType],
      ...fields(field, `${path}${key}.`),
    ]);
  }
  if (type === 'array') return fields((inner as z.ZodArray<z.ZodType>).element, path.replace(/\.$/, '[].'));
  return [];
}

describe('the schema documents itself', () => {
  const all = [...fields(assemblySchema, ''), ...Object.entries(mdxFolders).flatMap(([folder, s]) => fields(s, `${folder}:`))];
  it('has many fields to document', () => {
    expect(all.length).toBeGreaterThan(150);
  });
  it('gives every field a description and an example', () => {
    const undocumented = all.filter(([, field]) => !fieldDoc(field).description || fieldDoc(field).example === undefined).map(([path]) => path);
    expect(undocumented).toEqual([]);
  });
  it('has examples that pass their own field', () => {
    const failing = all
      .filter(([, field]) => !field.safeParse(fieldDoc(field).example).success)
      .map(([path]) => path);
    expect(failing).toEqual([]);
  });
});

describe('generated files', () => {
  it(`${jsonSchemaFile} is up to date (run npm run schema)`, () => {
    expect(readFileSync(jsonSchemaFile, 'utf8')).toBe(assemblyJsonSchema());
  });
  it(`${referenceFile} is up to date (run npm run schema)`, () => {
    expect(readFileSync(referenceFile, 'utf8')).toBe(configReference());
  });
  it('documents every form of a field that takes several, with the fields of each', () => {
    const reference = configReference();
    expect(reference).toContain('| `members.count` | one of: whole number; `{ about: … }`; `{ between: … }`; `{ more_than: … }` |');
    for (const path of ['recommendations[].vote.options[].label', 'recommendations[].vote.base', 'sessions[].livestream[].label', 'members.support.payment.per', 'evidence[].speakers[].as']) {
      expect(reference, path).toContain(`| \`${path}\` |`);
    }
    expect(reference).not.toMatch(/\| union \|/);
  });
  it('rejects unknown keys in the JSON Schema too', () => {
    const schema = JSON.parse(assemblyJsonSchema()) as { additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'question', 'site']));
  });
});
