/**
 * The assembly's entry in the format of mySociety's Citizens' Assembly Register (G45, G54), so it
 * can be added there as it is. Field names and values follow the register, including its
 * spelling "faciliator".
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { estimate, isNotPublished } from '../site/figures.ts';
import { timesOf } from '../site/sessions.ts';
import { phaseOf, type Phase } from '../site/phase.ts';
import type { Messages } from '../i18n/translate.ts';

/**
 * The register's columns, in the order of its published table (register.resource.yaml, version
 * 0.6.0), without `cached_report_url`, which the register fills in with its own copy of the report.
 */
export const registerFields = [
  'unique_id', 'authority_type', 'local_authority_code', 'org_name', 'url', 'report_pdf_url', 'faciliator',
  'assembly_status', 'assembly_year', 'number_participants', 'assembly_description', 'thematic_grouping',
  'source_notes', 'data_source', 'licence_notes',
] as const;

/** The columns of the register's published table, in its order: the last is filled in by the register. */
export const registerTableFields = [...registerFields, 'cached_report_url'] as const;

/**
 * The keys of a raw entry (data/raw/assemblies/<id>.yaml): every field but `unique_id`, which the
 * register computes from the others and would ignore. Their model requires each key, even when
 * its value is empty.
 */
export const registerFileFields = registerFields.filter((field) => field !== 'unique_id');

export type RegisterEntry = Record<(typeof registerFields)[number], string | number | null>;

/** The register's values of authority_type. */
const authorityTypes: Record<AssemblyConfig['commissioners'][number]['type'], 'Local Authority' | 'Town Council' | 'Nation' | 'NHS' | 'Other'> = {
  'local-authority': 'Local Authority',
  'town-council': 'Town Council',
  'combined-authority': 'Local Authority',
  'national-government': 'Nation',
  'devolved-government': 'Nation',
  parliament: 'Nation',
  nhs: 'NHS',
  'public-body': 'Other',
  charity: 'Other',
  other: 'Other',
};

/** Letters that transliteration spells out, where dropping an accent is not enough. */
const spelledOut: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ı: 'i' };

/**
 * A slug as the register makes one, with python-slugify's defaults: straight quotes become
 * hyphens, letters are transliterated (accents dropped, curly quotes removed), numbers lose their
 * thousands commas, anything else becomes a single hyphen, all lower case.
 */
export function registerSlug(text: string): string {
  return text
    .replace(/'+/g, '-')
    .replace(/[ßæÆœŒøØđĐðÐłŁþÞı]/g, (letter) => spelledOut[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛′"“”]/g, '')
    .replace(/(?<=\d),(?=\d)/g, '')
    .replace(/[^-a-z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

const licenceNames: Record<AssemblyConfig['licence'], string> = {
  'OGL-UK-3.0': 'Open Government Licence v3.0',
  'CC-BY-4.0': 'Creative Commons Attribution 4.0',
  'CC-BY-SA-4.0': 'Creative Commons Attribution-ShareAlike 4.0',
  'CC0-1.0': 'CC0 1.0 (public domain)',
  'all-rights-reserved': 'All rights reserved',
};

export function licenceName(licence: AssemblyConfig['licence']): string {
  return licenceNames[licence];
}

/**
 * How the licence reads after "published as data", in the page's language: "under the Creative
 * Commons Attribution 4.0 licence", "with all rights reserved". Licence names stay as their
 * publishers write them.
 */
export function licenceClause(licence: AssemblyConfig['licence'], messages: Messages): string {
  if (licence === 'all-rights-reserved') return messages.text('licence.all-rights-reserved');
  if (licence === 'CC0-1.0') return messages.text('licence.public-domain', { name: 'CC0 1.0' });
  const name = licenceNames[licence];
  return messages.text(/licence/i.test(name) ? 'licence.under-named' : 'licence.under', { name });
}

/**
 * The report's PDF, as a full web address, for the register: the organisers' own PDF when they
 * give one, else the one the build makes from the chapters (`pdfMade`, report/pdf.ts).
 */
export function reportPdfUrl(config: AssemblyConfig, pdfMade: boolean): string | undefined {
  const pdf = config.report?.files.find((f) => f.format?.toUpperCase() === 'PDF' || /\.pdf$/i.test(f.href));
  if (pdf) return new URL(pdf.href, config.site.url).href;
  return pdfMade ? new URL('report/report.pdf', config.site.url).href : undefined;
}

/** The register entry of an assembly as it stands at `now`, and what would make the register refuse it. */
export function registerEntryAt(config: AssemblyConfig, now: Date, pdfMade: boolean): { entry: RegisterEntry; problems: string[] } {
  const entry = registerEntry(config, phaseOf(config, now), reportPdfUrl(config, pdfMade));
  return { entry, problems: registerEntryProblems(config, entry) };
}

/** Phases in which the register counts an assembly as "Future" (announced or recruiting) or "Finished". */
const futurePhases: ReadonlySet<Phase> = new Set(['announced', 'recruiting']);
const finishedPhases: ReadonlySet<Phase> = new Set(['report-published', 'response-published', 'following-up', 'archived']);

export function registerEntry(config: AssemblyConfig, phase: Phase, reportPdfUrl: string | undefined): RegisterEntry {
  const lead = config.commissioners[0]!;
  const opens = config.timeline.recruitment?.opens;
  const year =
    config.sessions.map((s) => timesOf(s, config.time_zone).firstDay.slice(0, 4)).sort()[0] ??
    (opens && !isNotPublished(opens) ? opens.slice(0, 4) : null);
  const authorityType = authorityTypes[lead.type];
  const orgName = config.register?.org_name ?? config.commissioners.map((c) => c.name).join('; ');
  const theme = config.register?.thematic_grouping ?? config.topic ?? config.short_title;
  return {
    unique_id: registerId(authorityType, lead.local_authority_code, orgName, year, theme),
    authority_type: authorityType,
    local_authority_code: lead.local_authority_code ?? null,
    org_name: orgName,
    url: config.site.url,
    report_pdf_url: reportPdfUrl ?? null,
    faciliator: config.organisations.filter((o) => o.roles.includes('facilitator')).map((o) => o.name).join('; ') || null,
    assembly_status: futurePhases.has(phase) ? 'Future' : finishedPhases.has(phase) ? 'Finished' : 'Ongoing',
    assembly_year: year === null ? null : Number(year),
    // The register takes a whole number: an approximate count gives its estimate.
    number_participants: config.members ? (estimate(config.members.count) ?? null) : null,
    assembly_description: config.summary,
    thematic_grouping: theme,
    source_notes: null,
    data_source: null,
    licence_notes: licenceName(config.licence),
  };
}

/** The id the register computes for an entry (AssemblyInfo.unique_id in its models.py). */
function registerId(authorityType: string, code: string | undefined, orgName: string, year: string | null, theme: string): string {
  const org =
    authorityType === 'Local Authority' ? `la-${code ?? ''}` : authorityType === 'Nation' ? `n-${registerSlug(orgName)}` : `org-${registerSlug(orgName)}`;
  return `${org}-${year ?? ''}-${registerSlug(theme)}`.toLowerCase();
}

/**
 * What would make the register's pipeline refuse the entry, or file it under another id than the
 * assembly's existing one, each with the field to fill in: `npm run check` lists them.
 */
export function registerEntryProblems(config: AssemblyConfig, entry: RegisterEntry): string[] {
  const problems: string[] = [];
  if (entry.authority_type === 'Local Authority' && !entry.local_authority_code) {
    problems.push('commissioners[0].local_authority_code: the register needs the council\'s code (from mySociety\'s local authority names and codes) for an assembly a council commissions.');
  }
  if (entry.assembly_status === 'Finished' && !entry.report_pdf_url) {
    problems.push('report.files: the register keeps a copy of every finished assembly\'s report, and needs it as a PDF. Add the report\'s PDF to report.files, or its chapters to report/ so the build makes one.');
  }
  if (entry.assembly_year === null) {
    problems.push('sessions: the register needs the year the assembly started. Give the sessions\' dates, or timeline.recruitment.opens.');
  }
  if (entry.authority_type === 'Nation' && !config.register?.org_name) {
    problems.push('register.org_name: for a national assembly the register names the nation (UK, Scotland, Wales, Northern Ireland), not the commissioners. Add it.');
  }
  if (config.register?.id && config.register.id !== entry.unique_id) {
    problems.push(
      `register.id: the register's entry is ${config.register.id}, but this entry would get the id ${entry.unique_id}, so the register would add a second entry. Make register.org_name, register.thematic_grouping and the commissioner's local_authority_code give the same id, or correct register.id.`,
    );
  }
  return problems;
}
