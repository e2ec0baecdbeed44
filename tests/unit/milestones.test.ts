import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { callsToAction, milestones } from '../../templates/lib/site/milestones.ts';

const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
const cambridge = loadAssembly('assemblies', 'greater-cambridge-2019').assembly!.config;

describe('milestones', () => {
  it('marks the current step and dates what is to come as expected', () => {
    const steps = milestones(riverside, 'recruiting', '2026-11-22');
    expect(steps.map((s) => [s.phase, s.state])).toEqual([
      ['recruiting', 'current'],
      ['in-session', 'upcoming'],
      ['report-published', 'upcoming'],
      ['response-published', 'upcoming'],
      ['following-up', 'upcoming'],
    ]);
    expect(steps[1]).toMatchObject({ from: '2027-03-06', to: '2027-03-27', expected: true });
    expect(steps[2]).toMatchObject({ from: '2027-05-14', expected: true });
    expect(steps[3]).toMatchObject({ from: '2027-09-30', expected: true });
  });
  it('shows a finished assembly with facts, not expectations', () => {
    const steps = milestones(cambridge, 'following-up', '2026-11-22');
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(steps[2]).toMatchObject({ from: '2019-11-20', expected: false });
    expect(steps[3]).toMatchObject({ from: '2020-06-25', expected: false });
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
  it('offers nothing once archived', () => {
    expect(callsToAction(riverside, 'archived', '2026-11-22')).toEqual([]);
  });
});
