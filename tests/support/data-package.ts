/** Checks on a built Frictionless data package, as Frictionless makes them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';

interface Field { name: string; type: string }
interface ForeignKey { fields: string[]; reference: { resource: string; fields: string[] } }
interface Resource { name: string; path: string; format: string; schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: ForeignKey[] } }

/**
 * Every foreign key of a data package, checked as Frictionless checks them: each row's values are
 * found in the referenced table. Returns what is not found; throws when a key names what is not there.
 */
export function foreignKeyFaults(dataDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const rows = (resource: Resource) => parseCsv(readFileSync(join(dataDir, resource.path), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const faults: string[] = [];
  for (const resource of pkg.resources) {
    for (const key of resource.schema?.foreignKeys ?? []) {
      const target = pkg.resources.find((r) => r.name === key.reference.resource);
      if (!target) throw new Error(`${resource.name}: foreign key to missing resource ${key.reference.resource}`);
      for (const field of [...key.fields, ...key.reference.fields]) {
        if (![...resource.schema!.fields, ...target.schema!.fields].some((f) => f.name === field)) throw new Error(`${resource.name}: no field ${field}`);
      }
      const known = new Set(rows(target).map((row) => key.reference.fields.map((f) => row[f]).join('|')));
      for (const row of rows(resource)) {
        const value = key.fields.map((f) => row[f]).join('|');
        if (key.fields.every((f) => row[f] !== '') && !known.has(value)) faults.push(`${resource.path}: ${key.fields.join(',')}=${value} is not in ${target.path}`);
      }
    }
  }
  return faults;
}
