/**
 * The assembly's entry in the format of mySociety's Citizens' Assembly Register (G45, G54), so it
 * can be added there as it is. Field names and values follow the register, including its
 * spelling "faciliator".
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { estimate, isNotPublished } from '../site/figures.ts';
import { slugify } from '../site/themes.ts';
import { timesOf } from '../site/sessions.ts';
import type { Phase } from '../site/phase.ts';

export const registerFields = [
  'unique_id', 'authority_type', 'local_authority_code', 'org_name', 'url', 'report_pdf_url', 'faciliator',
  'assembly_status', 'assembly_year', 'number_participants', 'assembly_description', 'thematic_grouping', 'licence_notes',
] as const;

export type RegisterEntry = Record<(typeof registerFields)[number], string | number | null>;

const authorityTypes: Record<AssemblyConfig['commissioners'][number]['type'], string> = {
  'local-authority': 'Local Authority',
  'combined-authority': 'Local Authority',
  'national-government': 'Nation',
  'devolved-government': 'Nation',
  parliament: 'Nation',
  nhs: 'NHS',
  'public-body': 'Other',
  charity: 'Other',
  other: 'Other',
};

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

export function registerEntry(config: AssemblyConfig, phase: Phase, reportPdfUrl: string | undefined): RegisterEntry {
  const lead = config.commissioners[0]!;
  const opens = config.timeline.recruitment?.opens;
  const year =
    config.sessions.map((s) => timesOf(s, config.time_zone).firstDay.slice(0, 4)).sort()[0] ??
    (opens && !isNotPublished(opens) ? opens.slice(0, 4) : null);
  const theme = config.topic ?? config.short_title;
  const prefix =
    authorityTypes[lead.type] === 'Local Authority' && lead.local_authority_code
      ? `la-${lead.local_authority_code.toLowerCase()}`
      : authorityTypes[lead.type] === 'Nation'
        ? `n-${slugify(lead.name)}`
        : `org-${slugify(lead.name)}`;
  const finished: ReadonlySet<Phase> = new Set(['report-published', 'response-published', 'following-up', 'archived']);
  return {
    unique_id: [prefix, year, slugify(theme)].filter(Boolean).join('-'),
    authority_type: authorityTypes[lead.type],
    local_authority_code: lead.local_authority_code ?? null,
    org_name: config.commissioners.map((c) => c.name).join('; '),
    url: config.site.url,
    report_pdf_url: reportPdfUrl ?? null,
    faciliator: config.organisations.filter((o) => o.roles.includes('facilitator')).map((o) => o.name).join('; ') || null,
    assembly_status: finished.has(phase) ? 'Finished' : 'Ongoing',
    assembly_year: year === null ? null : Number(year),
    // The register takes a whole number: an approximate count gives its estimate.
    number_participants: config.members ? (estimate(config.members.count) ?? null) : null,
    assembly_description: config.summary,
    thematic_grouping: theme,
    licence_notes: licenceName(config.licence),
  };
}
