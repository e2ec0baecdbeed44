/**
 * The rules of mySociety's Citizens' Assembly Register pipeline, reproduced from the facts of its
 * public code (mysociety/citizen-assembly-data: AssemblyInfo in src/citizen_assembly_data/models.py,
 * build.py and versions/0.6.0/register.resource.yaml), so tests can tell whether it would take an
 * entry as it is. Written independently of templates/lib/data/register.ts, which it checks.
 */

/** The model's fields; all required as keys (pydantic v2), except licence_notes, which has a default. */
export const modelFields = [
  'authority_type', 'local_authority_code', 'org_name', 'url', 'report_pdf_url', 'faciliator', 'assembly_status',
  'assembly_year', 'number_participants', 'assembly_description', 'thematic_grouping', 'source_notes', 'data_source', 'licence_notes',
] as const;

/** The published table's columns, in order (register.resource.yaml 0.6.0). */
export const tableColumns = [
  'unique_id', 'authority_type', 'local_authority_code', 'org_name', 'url', 'report_pdf_url', 'faciliator', 'assembly_status',
  'assembly_year', 'number_participants', 'assembly_description', 'thematic_grouping', 'source_notes', 'data_source', 'licence_notes', 'cached_report_url',
];

const authorityTypes = ['Local Authority', 'Nation', 'Town Council', 'Other', 'NHS'];
const assemblyStatuses = ['Finished', 'Ongoing', 'Future'];

/** Why the pipeline would refuse a raw entry (as parsed from its YAML file); empty when it takes it. */
export function registerRefusals(entry: Record<string, unknown>): string[] {
  const refusals: string[] = [];
  for (const field of modelFields) if (field !== 'licence_notes' && !(field in entry)) refusals.push(`${field}: field required`);
  const isText = (value: unknown) => typeof value === 'string';
  const orNull = (check: (v: unknown) => boolean) => (value: unknown) => value === null || value === undefined || check(value);
  if (!authorityTypes.includes(entry['authority_type'] as string)) refusals.push(`authority_type: not one of ${authorityTypes.join(', ')}`);
  if (!assemblyStatuses.includes(entry['assembly_status'] as string)) refusals.push(`assembly_status: not one of ${assemblyStatuses.join(', ')}`);
  for (const field of ['org_name', 'assembly_description', 'thematic_grouping']) if (!isText(entry[field])) refusals.push(`${field}: must be text`);
  for (const field of ['local_authority_code', 'url', 'report_pdf_url', 'faciliator', 'source_notes', 'data_source', 'licence_notes']) {
    if (!orNull(isText)(entry[field])) refusals.push(`${field}: must be text or empty`);
  }
  if (!Number.isInteger(entry['assembly_year'])) refusals.push('assembly_year: must be a whole number');
  if (!orNull(Number.isInteger)(entry['number_participants'])) refusals.push('number_participants: must be a whole number or empty');
  if (entry['authority_type'] === 'Local Authority' && !entry['local_authority_code']) refusals.push('local_authority_code must be present for LAs.');
  if (entry['assembly_status'] === 'Finished' && !entry['report_pdf_url']) refusals.push('report_pdf_url must be present');
  return refusals;
}

/**
 * python-slugify's slugify() with its defaults, step by step as its source has them, for the text
 * the register slugs (names and groupings; transliteration only as far as these need).
 */
export function pythonSlugify(text: string): string {
  let slug = text.replace(/'+/g, '-'); // QUOTE_PATTERN → separator, before transliterating
  slug = slug.normalize('NFKD').replace(/\p{M}/gu, ''); // unidecode of accented Latin letters
  slug = slug.replace(/[’‘]/g, "'").replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o');
  slug = slug.toLowerCase();
  slug = slug.replace(/'+/g, ''); // quotes made by transliteration are removed
  slug = slug.replace(/(?<=\d),(?=\d)/g, '');
  slug = slug.replace(/[^-a-z0-9]+/g, '-');
  return slug.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/** AssemblyInfo.unique_id. */
export function registerUniqueId(entry: Record<string, unknown>): string {
  const org =
    entry['authority_type'] === 'Local Authority'
      ? `la-${String(entry['local_authority_code'])}`
      : entry['authority_type'] === 'Nation'
        ? `n-${pythonSlugify(String(entry['org_name']))}`
        : `org-${pythonSlugify(String(entry['org_name']))}`;
  return `${org}-${String(entry['assembly_year'])}-${pythonSlugify(String(entry['thematic_grouping']))}`.toLowerCase();
}
