/**
 * Every enum a visitor can meet has words for each of its values (templates/lib/site/labels.ts),
 * checked against the schema's own lists, so a value added to the schema shows words, not
 * "undefined".
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../templates/lib/i18n/translate.ts';
import * as labels from '../../templates/lib/site/labels.ts';
import { evidenceTypes } from '../../templates/schema/evidence.ts';
import { paymentPeriods, supportKinds } from '../../templates/schema/members.ts';
import { organisationRoles } from '../../templates/schema/organisations.ts';
import { perspectives } from '../../templates/schema/perspectives.ts';
import { responseEventKinds, responseStatuses } from '../../templates/schema/recommendations.ts';
import { sessionChanges } from '../../templates/schema/timeline.ts';
import { phases } from '../../templates/lib/site/phase.ts';
import { weights } from '../../templates/lib/transparency/rule.ts';

const otherAnswers = ['answered-by-theme', 'answered-in-general', 'not-recorded', 'awaiting-response', 'no-response-expected'];
/** The tables in English; those named …In give the table in a page's language. */
type InLanguage = 'phaseLabelsIn' | 'sessionStateLabelsIn' | 'changeLabelsIn' | 'perspectiveLabelsIn';
const tables: Record<Exclude<keyof typeof labels, InLanguage>, readonly string[]> = {
  phaseLabels: phases,
  sessionStateLabels: ['next', 'live', 'ended'],
  changeLabels: sessionChanges,
  perspectiveLabels: perspectives,
  perspectiveHelp: perspectives,
  evidenceTypeLabels: evidenceTypes,
  responseLabels: responseStatuses,
  responseHelp: responseStatuses,
  statusLabels: [...responseStatuses, ...otherAnswers],
  responseEventLabels: responseEventKinds,
  weightLabels: weights,
  roleLabels: organisationRoles,
  supportLabels: supportKinds,
  paymentPeriodLabels: paymentPeriods,
};

/** Values of an enum with no words in its table, and words for values the enum does not have. */
function gaps(table: Record<string, string>, values: readonly string[]): { missing: string[]; extra: string[] } {
  return { missing: values.filter((v) => !table[v]?.trim()), extra: Object.keys(table).filter((k) => !values.includes(k)) };
}

describe('labels for enum values', () => {
  it.each(Object.entries(tables))('%s has words for every value of its enum and no others', (name, values) => {
    expect(gaps(labels[name as keyof typeof tables], values)).toEqual({ missing: [], extra: [] });
  });
  const inLanguage: Record<InLanguage, readonly string[]> = {
    phaseLabelsIn: phases,
    sessionStateLabelsIn: ['next', 'live', 'ended'],
    changeLabelsIn: sessionChanges,
    perspectiveLabelsIn: perspectives,
  };
  it.each(Object.entries(inLanguage))('%s has Welsh words for every value of its enum', (name, values) => {
    const welsh = labels[name as InLanguage](messagesFor('cy-GB')) as Record<string, string>;
    expect(gaps(welsh, values)).toEqual({ missing: [], extra: [] });
    expect(values.filter((v) => welsh[v] === (labels[name.replace(/In$/, '') as keyof typeof tables] as Record<string, string>)[v])).toEqual([]);
  });
  it('lists every table the module exports', () => {
    expect(Object.keys(labels).sort()).toEqual([...Object.keys(tables), ...Object.keys(inLanguage)].sort());
  });
  it('would notice a value without words and words for a value that is gone', () => {
    expect(gaps({ a: 'A', c: 'C' }, ['a', 'b'])).toEqual({ missing: ['b'], extra: ['c'] });
    expect(gaps({ a: ' ' }, ['a']).missing).toEqual(['a']);
  });
});
