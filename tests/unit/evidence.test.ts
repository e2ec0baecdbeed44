/** How evidence is labelled, dated, and linked to its speakers and sessions (templates/lib/site/evidence.ts). */
import { describe, expect, it } from 'vitest';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { evidenceDay, perspectiveOf, sessionToCome } from '../../templates/lib/site/evidence.ts';
import { config } from '../support/minimal-config.ts';

describe('evidence', () => {
  it('labels an item by its own perspective, else its first speaker', () => {
    const c = config({
      speakers: [{ id: 'jo', name: 'Jo', perspective: 'advocate' }],
      evidence: [
        { id: 'a', title: 'A', type: 'talk', speakers: ['jo'] },
        { id: 'b', title: 'B', type: 'talk', speakers: ['jo'], perspective: 'briefing' },
      ],
    });
    expect(perspectiveOf(c.evidence[0]!, c)).toBe('advocate');
    expect(perspectiveOf(c.evidence[1]!, c)).toBe('briefing');
  });
});

describe('evidence still to come', () => {
  const riverside = loadAssembly('assemblies', 'riverside-2027').assembly!.config;
  const panel = riverside.evidence.find((e) => e.session === 'learning-2')!;
  it('is evidence for a session that has not started, never one under way or over', () => {
    expect(sessionToCome(panel, riverside, new Date('2027-03-06T11:00:00Z'))?.id).toBe('learning-2');
    expect(sessionToCome(panel, riverside, new Date('2027-03-13T11:00:00Z'))).toBeUndefined();
    expect(sessionToCome({ session: undefined }, riverside, new Date('2027-03-06T11:00:00Z'))).toBeUndefined();
  });
  it('is dated by its publication, else by the first day of its session, else not at all', () => {
    expect(evidenceDay({ published: '2027-02-01', session: 'learning-2' }, riverside)).toBe('2027-02-01');
    expect(evidenceDay({ published: undefined, session: 'learning-2' }, riverside)).toBe('2027-03-13');
    expect(evidenceDay({ published: undefined, session: undefined }, riverside)).toBeUndefined();
  });
  it('is never evidence for a cancelled session', () => {
    const cancelled = { ...riverside, sessions: riverside.sessions.map((s) => (s.id === 'learning-2' ? { ...s, change: { status: 'cancelled' as const } } : s)) } as typeof riverside;
    expect(sessionToCome(panel, cancelled, new Date('2027-03-06T11:00:00Z'))).toBeUndefined();
  });
});

describe('declared interests of an evidence item\'s speakers', () => {
  it('are said once when the same for every speaker, else speaker by speaker', async () => {
    const { interestsOfSpeakers } = await import('../../templates/lib/site/evidence.ts');
    expect(interestsOfSpeakers([])).toBeUndefined();
    expect(interestsOfSpeakers([{ name: 'Ada', interests: 'none' }])).toBe('None declared');
    expect(interestsOfSpeakers([{ name: 'Ada', interests: 'none' }, { name: 'Ben', interests: 'None declared' }])).toBe('None declared (every speaker)');
    expect(interestsOfSpeakers([{ name: 'Ada', interests: 'none' }, { name: 'Ben', interests: 'Member of the Bus Users Group.' }, { name: 'Cy', interests: undefined }])).toBe(
      'Ada: None declared; Ben: Member of the Bus Users Group; Cy: Not recorded on this site',
    );
  });
});
