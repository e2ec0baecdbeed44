/**
 * The entry for mySociety's Citizens' Assembly Register (templates/lib/data/register.ts), checked
 * against the register's own rules (tests/support/register-rules.ts) and against ids its files carry.
 */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { messagesFor } from '../../templates/lib/i18n/translate.ts';
import { licenceClause, registerEntry, registerEntryProblems, registerFileFields, registerSlug } from '../../templates/lib/data/register.ts';
import { pythonSlugify, registerRefusals, registerUniqueId } from '../support/register-rules.ts';

const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
const cauk = loadAssembly('assemblies', 'climate-assembly-uk-2020').assembly!.config;
const rawEntry = (entry: ReturnType<typeof registerEntry>) => Object.fromEntries(registerFileFields.map((k) => [k, entry[k]]));

describe('register slugs', () => {
  it('are the ones the register\'s files carry', () => {
    // Names and groupings behind file names in data/raw/assemblies/ of mysociety/citizen-assembly-data.
    expect(registerSlug('University of Manchester and Information Commissioner’s Office')).toBe('university-of-manchester-and-information-commissioners-office');
    expect(registerSlug('NHS Gloucestershire Clinical Commissioning Group')).toBe('nhs-gloucestershire-clinical-commissioning-group');
    expect(registerSlug('Climate Assembly')).toBe('climate-assembly');
    expect(registerSlug('AI Explainability')).toBe('ai-explainability');
  });

  it('follow python-slugify on quotes, accents, numbers and punctuation', () => {
    for (const text of ["Citizens' Assembly", 'Cyngor Sir Ynys Môn', 'Comhairle nan Eilean Siar: fàilte', '1,000 voices — what next?', 'Straße & Co.', '  --Odd   spacing--  ']) {
      expect(registerSlug(text), text).toBe(pythonSlugify(text));
    }
    expect(registerSlug("Citizens' Assembly")).toBe('citizens-assembly');
    expect(registerSlug('Cyngor Sir Ynys Môn')).toBe('cyngor-sir-ynys-mon');
  });
});

describe('register entries', () => {
  it('are taken as they are for a council assembly still recruiting (Future)', () => {
    const entry = registerEntry(riverside, 'recruiting', undefined);
    expect(entry.assembly_status).toBe('Future');
    expect(registerRefusals(rawEntry(entry))).toEqual([]);
    expect(entry.unique_id).toBe(registerUniqueId(rawEntry(entry)));
    expect(registerEntryProblems(riverside, entry)).toEqual([]);
  });

  it('are Ongoing in session, and Finished from the report on', () => {
    expect(registerEntry(riverside, 'in-session', undefined).assembly_status).toBe('Ongoing');
    expect(registerEntry(riverside, 'sessions-ended', undefined).assembly_status).toBe('Ongoing');
    expect(registerEntry(riverside, 'report-published', 'https://x.example/r.pdf').assembly_status).toBe('Finished');
  });

  it('update the existing entry of a national assembly: the nation as org_name, the same id', () => {
    const entry = registerEntry(cauk, 'archived', 'https://www.climateassembly.uk/report/read/final-report.pdf');
    expect(entry).toMatchObject({ unique_id: 'n-uk-2020-climate-assembly', authority_type: 'Nation', org_name: 'UK', thematic_grouping: 'Climate Assembly' });
    expect(registerRefusals(rawEntry(entry))).toEqual([]);
    expect(registerEntryProblems(cauk, entry)).toEqual([]);
  });

  it('name what the register would refuse, and an id that would duplicate an entry', () => {
    const noCode = { ...riverside, commissioners: [{ ...riverside.commissioners[0]!, local_authority_code: undefined }] };
    const finished = registerEntry(noCode, 'report-published', undefined);
    expect(registerRefusals(rawEntry(finished))).toEqual(['local_authority_code must be present for LAs.', 'report_pdf_url must be present']);
    expect(registerEntryProblems(noCode, finished).map((p) => p.split(':')[0])).toEqual(['commissioners[0].local_authority_code', 'report.files']);

    const nation = { ...cauk, register: undefined };
    expect(registerEntryProblems(nation, registerEntry(nation, 'archived', 'https://x.example/r.pdf')).map((p) => p.split(':')[0])).toEqual(['register.org_name']);
    const wrongId = { ...cauk, register: { ...cauk.register!, id: 'n-uk-2020-climate-change' } };
    expect(registerEntryProblems(wrongId, registerEntry(wrongId, 'archived', 'https://x.example/r.pdf'))[0]).toMatch(/^register.id: the register's entry is n-uk-2020-climate-change, but this entry would get the id n-uk-2020-climate-assembly/);
  });

  it('use Town Council for a town or parish council', () => {
    const town = { ...riverside, commissioners: [{ name: 'Shipley Town Council', type: 'town-council' as const }] };
    const entry = registerEntry(town, 'recruiting', undefined);
    expect(entry).toMatchObject({ authority_type: 'Town Council', unique_id: 'org-shipley-town-council-2027-flooding' });
    expect(registerRefusals(rawEntry(entry))).toEqual([]);
  });
});

describe('the licence in a sentence', () => {
  const english = messagesFor('en-GB');
  it('reads as English for every licence, and in the page\'s language', () => {
    expect(licenceClause('CC-BY-4.0', english)).toBe('under the Creative Commons Attribution 4.0 licence');
    expect(licenceClause('OGL-UK-3.0', english)).toBe('under the Open Government Licence v3.0');
    expect(licenceClause('CC0-1.0', english)).toBe('dedicated to the public domain (CC0 1.0)');
    expect(licenceClause('all-rights-reserved', english)).toBe('with all rights reserved');
    expect(licenceClause('CC-BY-4.0', messagesFor('cy-GB'))).toBe('dan y drwydded Creative Commons Attribution 4.0');
    expect(licenceClause('OGL-UK-3.0', messagesFor('cy-GB'))).toBe('dan y Open Government Licence v3.0');
  });
});
