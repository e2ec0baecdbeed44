/** The open data of the examples, parsed back with real parsers and checked against the config. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { foreignKeyFaults } from '../support/data-package.ts';
import { modelFields, registerRefusals, registerUniqueId, tableColumns } from '../support/register-rules.ts';

const site = inject('exampleSite');

interface Field { name: string; type: string }
interface Resource { name: string; path: string; format: string; schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string } }> } }

/** Frictionless's rules for the types we use, on CSV text. */
const validators: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(?:\.\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  datetime: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(v),
};

describe.each(['greater-cambridge-2019', 'riverside-2027'])('open data of %s', (id) => {
  const dir = join(site, id, 'data');
  const config = loadAssembly('assemblies', id).assembly!.config;
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { name: string; licenses: Array<{ name: string }>; resources: Resource[] };
  const csv = (name: string) => parseCsv(readFileSync(join(dir, name), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

  it("names the content's licence in words in every page's footer, not as a code", () => {
    const home = readFileSync(join(site, 'greater-cambridge-2019/index.html'), 'utf8');
    expect(home).toContain('Content published under the Creative Commons Attribution 4.0 licence.');
    expect(home).not.toContain('CC-BY-4.0.');
  });

  it('describes every file it lists, with the licence', () => {
    expect(pkg.name).toBe(id);
    expect(pkg.licenses[0]!.name).toBe(config.licence);
    for (const resource of pkg.resources) expect(existsSync(join(dir, resource.path)), resource.path).toBe(true);
  });

  it('has CSV files whose columns and values match their declared schema', () => {
    for (const resource of pkg.resources.filter((r) => r.format === 'csv')) {
      const text = readFileSync(join(dir, resource.path), 'utf8');
      const header = (parseCsv(text, { to_line: 1 }) as string[][])[0];
      expect(header, resource.path).toEqual(resource.schema!.fields.map((f) => f.name));
      const rows = csv(resource.path);
      for (const row of rows) {
        for (const field of resource.schema!.fields) {
          const value = row[field.name]!;
          if (value !== '') expect(validators[field.type]!(value), `${resource.path} ${field.name}=${value}`).toBe(true);
        }
      }
      if (resource.schema!.primaryKey) {
        const keys = rows.map((r) => resource.schema!.primaryKey!.map((k) => r[k]).join('|'));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('holds every recommendation with its vote and response', () => {
    const rows = csv('recommendations.csv');
    expect(rows.map((r) => r.id)).toEqual(config.recommendations.map((r) => r.id));
    for (const [i, rec] of config.recommendations.entries()) {
      expect(rows[i]!.text).toBe(rec.text);
      const figures = typeof rec.vote === 'object' ? rec.vote : undefined;
      expect(rows[i]!.votes_for).toBe(figures?.for === undefined ? '' : String(figures.for));
      expect(rows[i]!.response_status).toBe(rec.response?.status ?? (rec.kind === 'recommendation' ? 'awaiting-response' : 'no-response-expected'));
    }
  });

  it('holds every session, speaker and evidence item', () => {
    expect(csv('sessions.csv').map((r) => r.id)).toEqual(config.sessions.map((s) => s.id));
    // Interests not published are empty, never a made-up "None declared".
    expect(csv('speakers.csv').map((r) => r.interests)).toEqual(config.speakers.map((s) => s.interests ?? ''));
    expect(csv('evidence.csv').map((r) => r.id)).toEqual(config.evidence.map((e) => e.id));
  });

  it('has the whole public record as JSON', () => {
    const record = JSON.parse(readFileSync(join(dir, 'assembly.json'), 'utf8')) as { id: string; question: string };
    expect(record).toMatchObject({ id, question: config.question });
  });

  it('has a register entry in the register\'s own form: a raw YAML file with every key of its model, and its table\'s columns in order', () => {
    const yamlEntry = parseYaml(readFileSync(join(dir, 'register-entry.yaml'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(yamlEntry)).toEqual([...modelFields]);
    const [header] = parseCsv(readFileSync(join(dir, 'register-entry.csv'), 'utf8')) as string[][];
    expect(header).toEqual(tableColumns);
    const [csvEntry] = csv('register-entry.csv');
    // The id the register computes from the raw entry is the one the table gives.
    expect(String(csvEntry!.unique_id)).toBe(registerUniqueId(yamlEntry));
  });
});

describe('foreign keys of the data packages', () => {
  it.each(['greater-cambridge-2019', 'riverside-2027', 'climate-assembly-uk-2020'])('%s: every session, speaker and recommendation an id names exists', (id) => {
    const pkg = JSON.parse(readFileSync(join(site, id, 'data/datapackage.json'), 'utf8')) as { resources: Resource[] };
    const keys = pkg.resources.flatMap((r) => (r.schema?.foreignKeys ?? []).map((k) => `${r.name}.${k.fields.join(',')} → ${k.reference.resource}`));
    expect(keys).toEqual(expect.arrayContaining(['evidence.session → sessions', 'evidence-speakers.evidence → evidence', 'evidence-speakers.speaker → speakers', 'implementation.recommendation → recommendations']));
    expect(foreignKeyFaults(join(site, id, 'data'))).toEqual([]);
  });

  it('finds a value that is not in the table it refers to', () => {
    const copy = mkdtempSync(join(tmpdir(), 'data-'));
    cpSync(join(site, 'riverside-2027/data'), copy, { recursive: true });
    const file = join(copy, 'evidence-speakers.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r\n([a-z0-9-]+),([a-z0-9-]+),/, '\r\n$1,no-such-speaker,'));
    expect(foreignKeyFaults(copy)).toEqual([expect.stringMatching(/evidence-speakers.csv: speaker=no-such-speaker is not in speakers.csv/)]);
  });
});

describe('register entries', () => {
  const entryOf = (id: string) => parseYaml(readFileSync(join(site, id, 'data/register-entry.yaml'), 'utf8')) as Record<string, unknown>;

  it('are taken by the register\'s pipeline as they are, except where the check says what is missing', () => {
    expect(registerRefusals(entryOf('riverside-2027'))).toEqual([]);
    expect(registerRefusals(entryOf('climate-assembly-uk-2020'))).toEqual([]);
    expect(registerUniqueId(entryOf('climate-assembly-uk-2020'))).toBe('n-uk-2020-climate-assembly');
    // No address of the organisers' own PDF is known: the register gets the PDF the build makes.
    expect(registerRefusals(entryOf('greater-cambridge-2019'))).toEqual([]);
    expect(entryOf('greater-cambridge-2019')['report_pdf_url']).toBe(new URL('report/report.pdf', loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config.site.url).href);
    expect(existsSync(join(site, 'greater-cambridge-2019/report/report.pdf'))).toBe(true);
  });

  it('match the register\'s conventions for the examples', () => {
    const riverside = parseYaml(readFileSync(join(site, 'riverside-2027/data/register-entry.yaml'), 'utf8'));
    expect(riverside).toMatchObject({ authority_type: 'Local Authority', local_authority_code: 'RVS', assembly_status: 'Future', assembly_year: 2027, number_participants: 24, faciliator: 'Common Ground Deliberation' });
    const cambridge = parseYaml(readFileSync(join(site, 'greater-cambridge-2019/data/register-entry.yaml'), 'utf8'));
    expect(registerUniqueId(riverside)).toBe('la-rvs-2027-flooding');
    expect(registerUniqueId(cambridge)).toBe('org-greater-cambridge-partnership-2019-transport-and-air-quality');
    expect(cambridge).toMatchObject({ authority_type: 'Other', assembly_status: 'Finished', faciliator: 'Involve' });
  });
});
