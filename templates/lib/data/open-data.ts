/**
 * Every open-data file of an assembly, under data/: the public record as JSON, a CSV per table,
 * the register entry, and a Frictionless data package describing them all (G45).
 */
import { stringify } from 'yaml';
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { phaseOf } from '../site/phase.ts';
import { toCsv } from './csv.ts';
import { licenceName, registerEntry, registerFileFields, registerTableFields, reportPdfUrl } from './register.ts';
import { tables } from './tables.ts';
import { today } from '../time-zone.ts';

export interface DataFile {
  name: string;
  title: string;
  mediaType: string;
  body: string;
}

const licenceUrls: Partial<Record<AssemblyConfig['licence'], string>> = {
  'OGL-UK-3.0': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** `pdfMade`: whether the build makes a PDF of the report (report/pdf.ts), for the register entry. */
export function openDataFiles(id: string, config: AssemblyConfig, now: Date, pdfMade: boolean): DataFile[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const entry = registerEntry(config, phaseOf(config, now), reportPdfUrl(config, pdfMade));
  const tableFiles = tables(config, today(config, now)).map((table) => ({
    table,
    file: { name: `${table.name}.csv`, title: table.title, mediaType: 'text/csv', body: toCsv(table.fields.map((f) => f.name), table.rows) },
  }));
  const files: DataFile[] = [
    { name: 'assembly.json', title: 'The whole public record, as validated from assembly.yaml', mediaType: 'application/json', body: json({ id, ...config }) },
    ...tableFiles.map((t) => t.file),
    {
      name: 'register-entry.yaml',
      title: `Entry for the Citizens' Assembly Register (YAML, to save as data/raw/assemblies/${entry.unique_id}.yaml)`,
      mediaType: 'application/yaml',
      body: stringify(Object.fromEntries(registerFileFields.map((k) => [k, entry[k]]))),
    },
    {
      name: 'register-entry.csv',
      title: 'Entry for the Citizens\' Assembly Register (CSV, in the columns of the register\'s table)',
      mediaType: 'text/csv',
      body: toCsv(registerTableFields, [registerTableFields.map((k) => (k === 'cached_report_url' ? null : entry[k]))]),
    },
  ];
  const licenceUrl = licenceUrls[config.licence];
  const datapackage = {
    profile: 'data-package',
    name: id,
    title: config.title,
    description: config.summary,
    homepage: config.site.url,
    licenses: [{ name: config.licence, title: licenceName(config.licence), ...(licenceUrl ? { path: licenceUrl } : {}) }],
    resources: [
      { name: 'assembly', path: 'assembly.json', title: files[0]!.title, format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
      ...tableFiles.map(({ table, file }) => ({
        name: table.name,
        path: file.name,
        title: table.title,
        description: table.description,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: table.fields,
          ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
          ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
        },
      })),
      {
        name: 'register-entry',
        path: 'register-entry.csv',
        title: 'Entry for the Citizens\' Assembly Register',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: registerTableFields.map((name) => ({
            name,
            type: name === 'assembly_year' || name === 'number_participants' ? 'integer' : 'string',
          })),
        },
      },
    ],
  };
  return [...files, { name: 'datapackage.json', title: 'Frictionless data package describing these files', mediaType: 'application/json', body: json(datapackage) }];
}
