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
/** The tables in English; phaseLabelsIn gives the phases' table in a page's language. */
const tables: Record<Exclude<keyof typeof labels, 'phaseLabelsIn'>, readonly string[]> = {
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
  it('has the phases in each language of the catalogues', () => {
    expect(gaps(labels.phaseLabelsIn(messagesFor('cy-GB')), phases)).toEqual({ missing: [], extra: [] });
    expect(labels.phaseLabelsIn(messagesFor('cy-GB')).recruiting).toBe('Recriwtio aelodau');
  });
  it('lists every table the module exports', () => {
    expect(Object.keys(labels).sort()).toEqual([...Object.keys(tables), 'phaseLabelsIn'].sort());
  });
  it('would notice a value without words and words for a value that is gone', () => {
    expect(gaps({ a: 'A', c: 'C' }, ['a', 'b'])).toEqual({ missing: ['b'], extra: ['c'] });
    expect(gaps({ a: ' ' }, ['a']).missing).toEqual(['a']);
  });
});
