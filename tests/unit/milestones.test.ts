import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { callsToAction, milestones } from '../../templates/lib/site/milestones.ts';

const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
const cambridge = loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config;
const at = (date: string) => new Date(`${date}T00:00:00Z`);

describe('milestones', () => {
  it('marks the current step and dates what is to come as expected', () => {
    const steps = milestones(riverside, 'recruiting', at('2026-11-22'));
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['Recruiting members', 'current'],
      ['Sessions', 'upcoming'],
      ['Report', 'upcoming'],
      ['Official response', 'upcoming'],
      ['Following up', 'upcoming'],
    ]);
    expect(steps[1]).toMatchObject({ from: '2027-03-06', to: '2027-03-27', expected: true });
    expect(steps[2]).toMatchObject({ from: '2027-05-14', expected: true });
    expect(steps[3]).toMatchObject({ from: '2027-09-30', expected: true });
  });
  it('once the sessions have finished, makes the report the step in progress, and says when it is overdue', () => {
    const writing = milestones(riverside, 'sessions-ended', at('2027-04-01'));
    expect(writing.map((s) => [s.label, s.state])).toEqual([
      ['Recruiting members', 'done'],
      ['Sessions', 'done'],
      ['Report', 'current'],
      ['Official response', 'upcoming'],
      ['Following up', 'upcoming'],
    ]);
    expect(writing[2]).toMatchObject({ from: '2027-05-14', expected: true, note: undefined });
    expect(milestones(riverside, 'sessions-ended', at('2027-05-14'))[2]?.note).toBeUndefined();
    expect(milestones(riverside, 'sessions-ended', at('2027-05-15'))[2]?.note).toBe('Not published yet.');
    const byMonth = { ...riverside, timeline: { ...riverside.timeline, report_due: '2027-05' } };
    expect(milestones(byMonth, 'sessions-ended', at('2027-05-31'))[2]?.note).toBeUndefined();
    expect(milestones(byMonth, 'sessions-ended', at('2027-06-01'))[2]?.note).toBe('Not published yet.');
  });
  it('shows a finished assembly with facts, not expectations', () => {
    const steps = milestones(cambridge, 'following-up', at('2026-11-22'));
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(steps[2]).toMatchObject({ from: '2019-11-20', expected: false });
    expect(steps[3]).toMatchObject({ from: '2020-06-25', expected: false });
  });
  it('puts a session after the report in date order, as a step of its own', () => {
    const later = {
      ...cambridge,
      sessions: [...cambridge.sessions, { ...cambridge.sessions[0]!, id: 'one-year-on', title: 'One year on', start: '2020-11-07', end: undefined }],
    };
    const steps = milestones(later, 'following-up', at('2026-11-22'));
    expect(steps.map((s) => s.label)).toEqual(['Recruiting members', 'Sessions', 'Report', 'Official response', 'One year on', 'Following up']);
    expect(steps[1]).toMatchObject({ to: '2019-10-06' });
    expect(steps[4]).toMatchObject({ from: '2020-11-07', state: 'done', expected: false });
  });
  it('keeps an undated first step first, not after the dated ones', () => {
    const undated = { ...riverside, timeline: { ...riverside.timeline, recruitment: undefined } };
    expect(milestones(undated, 'announced', at('2026-10-01')).map((s) => s.label)).toEqual(['Recruiting members', 'Sessions', 'Report', 'Official response', 'Following up']);
  });
  it('says when a closing date was never published instead of inventing one', () => {
    const unknown = { ...riverside, timeline: { ...riverside.timeline, recruitment: { opens: '2026-11-02', closes: 'not published' as const } } };
    const [recruiting] = milestones(unknown, 'recruiting', at('2026-11-22'));
    expect(recruiting).toMatchObject({ from: '2026-11-02', to: undefined, note: 'The closing date was not published.' });
  });
});

describe('callsToAction', () => {
  it('asks invitees to reply and anyone to submit while those are open', () => {
    expect(callsToAction(riverside, 'recruiting', '2026-11-22')).toEqual([
      { kind: 'reply-to-invitation', until: '2026-12-14' },
      { kind: 'send-submission', until: '2027-02-19' },
    ]);
    expect(callsToAction(riverside, 'in-session', '2027-03-06')).toEqual([]);
  });
  it('asks invitees to reply without a date when none was published', () => {
    const unknown = { ...riverside, timeline: { ...riverside.timeline, recruitment: { opens: '2026-11-02', closes: 'not published' as const } } };
    expect(callsToAction(unknown, 'recruiting', '2026-11-22')[0]).toEqual({ kind: 'reply-to-invitation', until: undefined });
  });
  it('offers nothing once archived', () => {
    expect(callsToAction(riverside, 'archived', '2026-11-22')).toEqual([]);
  });
});
