/** The config reference (Markdown), generated from the zod schema: every field, its type, default, description and example. */
import { stringify } from 'yaml';
import type * as z from 'zod';
import { assemblySchema } from '../../../templates/schema/assembly.ts';
import { mdxFolders } from '../../../templates/schema/frontmatter.ts';
import { fieldDoc, unwrap } from '../../../templates/lib/config/schema-walk.ts';

export const referenceFile = 'templates/schema/generated/config-reference.md';

interface Row {
  path: string;
  type: string;
  required: boolean;
  defaultValue: unknown;
  description: string;
  example: unknown;
}

function typeOf(schema: z.ZodType): string {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'string': {
      const format = (inner as unknown as { format?: string }).format;
      if (format === 'date') return 'date (YYYY-MM-DD)';
      if (format === 'email') return 'email address';
      return 'text';
    }
    case 'number':
      return (inner as unknown as { isInt?: boolean }).isInt ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'literal':
      return `exactly ${(def['values'] as unknown[]).map(String).join(' or ')}`;
    case 'enum':
      return `one of: ${Object.values(def['entries'] as Record<string, string>).map((v) => `\`${v}\``).join(', ')}`;
    case 'array':
      return `list of ${typeOf((inner as z.ZodArray<z.ZodType>).element)}`;
    case 'object':
      return 'group of fields';
    case 'union':
      return `one of: ${((inner as z.ZodUnion).options as readonly z.ZodType[]).map(formWords).join('; ')}`;
    default:
      return def.type;
  }
}

/** One form a union takes: "`not published`", "{ about: … }", or its type. */
function formWords(option: z.ZodType): string {
  const inner = unwrap(option);
  const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'literal') return (def['values'] as unknown[]).map((v) => `\`${String(v)}\``).join(' or ');
  if (def.type === 'union') return ((inner as z.ZodUnion).options as readonly z.ZodType[]).map(formWords).join('; ');
  if (def.type === 'object') {
    const keys = Object.keys((inner as z.ZodObject).shape);
    return keys.length === 1 ? `\`{ ${keys[0]}: … }\`` : `group of fields (${keys.map((k) => `\`${k}\``).join(', ')}, below)`;
  }
  return typeOf(option);
}

/** A form of a union whose fields get rows of their own: a group of several fields, or a list of them. */
function documentedForm(option: z.ZodType): boolean {
  const inner = unwrap(option);
  if (inner._zod.def.type === 'array') return documentedForm((inner as z.ZodArray<z.ZodType>).element);
  return inner._zod.def.type === 'object' && Object.keys((inner as z.ZodObject).shape).length > 1;
}

function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

function defaultOf(schema: z.ZodType): unknown {
  let current = schema;
  while (['optional', 'nullable'].includes(current._zod.def.type)) current = (current._zod.def as unknown as { innerType: z.ZodType }).innerType;
  return current._zod.def.type === 'default' ? (current._zod.def as unknown as { defaultValue: unknown }).defaultValue : undefined;
}

function rows(schema: z.ZodType, prefix: string): Row[] {
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'object') {
    return Object.entries((inner as z.ZodObject).shape).flatMap(([key, field]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      const docs = fieldDoc(field);
      const row: Row = {
        path,
        type: typeOf(field),
        required: isRequired(field),
        defaultValue: defaultOf(field),
        description: docs.description ?? '',
        example: docs.example,
      };
      return [row, ...rows(field, path)];
    });
  }
  if (def.type === 'array') return rows((inner as z.ZodArray<z.ZodType>).element, `${prefix}[]`);
  if (def.type === 'union') {
    // The fields of each form, once each: a vote's figures, a list of livestreams with labels.
    const all = ((inner as z.ZodUnion).options as readonly z.ZodType[]).filter(documentedForm).flatMap((option) => rows(option, prefix));
    return all.filter((row, index) => all.findIndex((other) => other.path === row.path) === index);
  }
  return [];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const inline = (value: unknown) => {
  if (value === undefined) return '';
  const text = typeof value === 'object' && value !== null ? stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim() : JSON.stringify(value);
  return `\`${cell(text)}\``;
};

function table(allRows: Row[]): string {
  const lines = ['| Field | Type | Required | Default | Description | Example |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of allRows) {
    lines.push(
      `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'yes' : 'no'} | ${inline(row.defaultValue)} | ${cell(row.description)} | ${inline(row.example)} |`,
    );
  }
  return lines.join('\n');
}

export function configReference(): string {
  const all = rows(assemblySchema, '');
  const sections = new Map<string, Row[]>();
  for (const row of all) {
    const top = row.path.split(/[.[]/)[0]!;
    sections.set(top, [...(sections.get(top) ?? []), row]);
  }
  const parts = [
    '# Config reference',
    '',
    '<!-- Generated from templates/schema/ by `npm run schema`. Do not edit by hand. -->',
    '',
    'Each assembly is a folder `assemblies/<id>/` holding `assembly.yaml`, optional MDX folders',
    '(`report/`, `news/`, `transcripts/`) and a `files/` folder for documents. The folder name is the',
    'assembly\'s id and appears in web addresses. `npm run check` validates everything and prints each',
    'problem with its file, line and column. Fields written `a.b` are indented under `a`; `a[]` is a list.',
    '',
    '## assembly.yaml',
    '',
  ];
  for (const [name, sectionRows] of sections) {
    parts.push(`### \`${name}\``, '', table(sectionRows), '');
  }
  parts.push('## MDX front matter', '', 'Each MDX file starts with front matter between two `---` lines. Leading numbers in a file name sort the files and are dropped from its web address: `report/02-what-we-heard.mdx` becomes `report/what-we-heard/`.', '');
  for (const [folder, schema] of Object.entries(mdxFolders)) {
    parts.push(`### \`${folder}/*.mdx\``, '', table(rows(schema, '')), '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
