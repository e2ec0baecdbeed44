import { describe, expect, it } from 'vitest';
import { assemblySchema, type AssemblyConfig } from '../../templates/schema/assembly.ts';
import { directoryOrder } from '../../templates/lib/site/directory.ts';
import { evidenceDay, perspectiveOf, sessionToCome, transcriptSlug } from '../../templates/lib/site/evidence.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { fileLink } from '../../templates/lib/site/files.ts';
import { clock, formatBytes, formatDate, formatMoney, paragraphs } from '../../templates/lib/site/format.ts';
import { sectionsOf } from '../../templates/lib/site/navigation.ts';
import { buildDate, currentOrNextSession, isArchived, phaseOf, timelineMoment } from '../../templates/lib/site/phase.ts';
import { assemblyParam, assemblyRoot, pagePath, siteRoot } from '../../templates/lib/site/routes.ts';
import { wordingByKind } from '../../templates/lib/wording.ts';

/** The smallest valid config, with overrides. */
function config(overrides: Record<string, unknown> = {}): AssemblyConfig {
  return assemblySchema.parse({
    title: 'Test Assembly',
    short_title: 'Test',
    summary: 'A test.',
    commissioners: [{ name: 'Test Council', type: 'local-authority' }],
    question: 'What should we do?',
    site: {
      url: 'https://test.example.org/',
      contact: { email: 'a@example.org' },
      accessibility: { status: 'fully-compliant', prepared: '2026-01-01', last_reviewed: '2026-01-01' },
      privacy: { controller: 'Test Council', contact: 'b@example.org' },
      branding: { organisation: 'Test Council' },
    },
    ...overrides,
  });
}

const session = (id: string, start: string, end: string) => ({ id, title: id, purpose: 'p', start, end, streamed: true, days: [] });

describe('routes', () => {
  const multi = { base: '/', only: undefined };
  const single = { base: '/', only: 'gc' };
  const sub = { base: '/citizens-assembly/2027/', only: undefined };
  it('puts each assembly under its id when several are built', () => {
    expect(assemblyRoot(multi, 'gc')).toBe('/gc/');
    expect(pagePath(multi, 'gc', 'sessions', 'day-1')).toBe('/gc/sessions/day-1/');
    expect(assemblyParam(multi, 'gc')).toBe('gc');
  });
  it('roots a single assembly at the base', () => {
    expect(assemblyRoot(single, 'gc')).toBe('/');
    expect(pagePath(single, 'gc', 'about')).toBe('/about/');
    expect(assemblyParam(single, 'gc')).toBeUndefined();
  });
  it('works under a sub-path', () => {
    expect(pagePath(sub, 'gc', 'report')).toBe('/citizens-assembly/2027/gc/report/');
    expect(siteRoot(sub)).toBe('/citizens-assembly/2027/');
  });
});

describe('phaseOf', () => {
  const base = {
    timeline: { announced: '2026-10-01', recruitment: { opens: '2026-11-01', closes: '2026-12-01' }, reviews: [] },
    sessions: [session('one', '2027-03-06T10:00', '2027-03-06T16:00')],
  };
  const at = (iso: string, extra: Record<string, unknown> = {}) => phaseOf(config({ ...base, ...extra }), new Date(iso));
  it('says whether the site is the archived record, from the archive date on', () => {
    const archivedFrom = { ...base, timeline: { ...base.timeline, archived: '2028-01-01' } };
    expect(isArchived(config(archivedFrom), new Date('2027-12-31T12:00:00Z'))).toBe(false);
    expect(isArchived(config(archivedFrom), new Date('2028-01-01T12:00:00Z'))).toBe(true);
    expect(isArchived(config(base), new Date('2030-01-01T12:00:00Z'))).toBe(false);
  });
  it('follows the assembly from announcement to archive', () => {
    expect(at('2026-10-15T12:00:00Z')).toBe('announced');
    expect(at('2026-11-22T12:00:00Z')).toBe('recruiting');
    expect(at('2027-03-06T10:30:00Z')).toBe('in-session');
    // After the last session and before the report: no longer "in session".
    expect(at('2027-03-06T15:59:00Z')).toBe('in-session');
    expect(at('2027-03-06T16:00:00Z')).toBe('sessions-ended');
    expect(at('2027-06-01T12:00:00Z')).toBe('sessions-ended');
    const report = { report: { title: 'R', date: '2027-05-01' } };
    expect(at('2027-05-02T12:00:00Z', report)).toBe('report-published');
    const response = { ...report, response: { title: 'Resp', date: '2027-09-01' } };
    expect(at('2027-09-02T12:00:00Z', response)).toBe('response-published');
    const recs = {
      ...response,
      recommendations: [{ id: 'r', title: 'R', text: 'T', implementation: [{ date: '2027-12-01', text: 'Done' }] }],
    };
    expect(at('2027-11-30T12:00:00Z', recs)).toBe('response-published');
    expect(at('2027-12-02T12:00:00Z', recs)).toBe('following-up');
    expect(at('2029-01-02T12:00:00Z', { ...recs, timeline: { ...base.timeline, archived: '2029-01-01' } })).toBe('archived');
  });
  it('reads "today" from SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1800000000' }).toISOString()).toBe('2027-01-15T08:00:00.000Z');
    // Without it, the current minute: the same for every page rendered within that minute.
    expect(buildDate({}, () => Date.parse('2027-01-15T08:00:59.999Z')).toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });
});

describe('currentOrNextSession', () => {
  const sessions = [session('b', '2027-03-13T10:00', '2027-03-13T16:00'), session('a', '2027-03-06T10:00', '2027-03-06T16:00')];
  it('finds the live session, then the next one, then none', () => {
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-03-06T11:00:00Z'))).toMatchObject({ session: { id: 'a' }, live: true });
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-03-07T11:00:00Z'))).toMatchObject({ session: { id: 'b' }, live: false });
    expect(currentOrNextSession(sessions, 'Europe/London', new Date('2027-04-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('timelineMoment, the incremental build\'s idea of now', () => {
  const sessions = { sessions: [session('a', '2027-03-06T10:00', '2027-03-06T16:00')], time_zone: 'Europe/London' };
  const at = (instant: string) => timelineMoment(sessions, new Date(instant));
  it('changes when a session starts or ends, and at midnight, but not in between', () => {
    expect(at('2027-03-06T08:00:00Z')).toBe(at('2027-03-06T08:59:00Z'));
    expect(at('2027-03-06T10:01:00Z')).not.toBe(at('2027-03-06T09:59:00Z'));
    expect(at('2027-03-06T16:01:00Z')).not.toBe(at('2027-03-06T15:59:00Z'));
    expect(at('2027-03-07T00:01:00Z')).not.toBe(at('2027-03-06T23:59:00Z'));
  });
});

describe('format', () => {
  it('writes dates and times the GOV.UK way', () => {
    expect(formatDate('2019-09-07')).toBe('7 September 2019');
    expect(clock(new Date('2019-09-07T09:00:00Z'), 'Europe/London')).toBe('10am');
    expect(clock(new Date('2019-09-07T15:30:00Z'), 'Europe/London')).toBe('4:30pm');
    expect(clock(new Date('2019-09-07T11:00:00Z'), 'Europe/London')).toBe('midday');
    expect(formatDate('2020-08')).toBe('August 2020');
  });
  it('writes money, sizes and paragraphs', () => {
    expect(formatMoney(60000, 'GBP')).toBe('£60,000');
    expect(formatBytes(2_300_000)).toBe('2.2 MB');
    expect(paragraphs('One\nline.\n\nTwo.')).toEqual(['One line.', 'Two.']);
  });
});

describe('navigation', () => {
  it('leaves sections without data out of the navigation', () => {
    const inNav = sectionsOf({ config: config(), chapterCount: 0, newsCount: 0 }).filter((s) => s.inNavigation).map((s) => s.path);
    expect(inNav).toEqual(['', 'about']);
    const withNews = sectionsOf({ config: config({ faq: [{ question: 'Q', answer: 'A' }] }), chapterCount: 1, newsCount: 2 });
    expect(withNews.filter((s) => s.inNavigation).map((s) => s.path)).toEqual(['', 'about', 'report', 'news', 'faq']);
  });
});

describe('evidence and files', () => {
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
  it('finds MDX transcripts and serves local files with their real size', () => {
    expect(transcriptSlug('transcripts/01-opening.mdx')).toBe('opening');
    expect(transcriptSlug('https://example.org/t.html')).toBeUndefined();
    const link = fileLink({ base: '/', only: undefined }, { id: 'gc', files: { 'files/report.pdf': 2048 } }, { href: 'files/report.pdf' });
    expect(link).toEqual({ url: '/gc/files/report.pdf', details: 'PDF, 2.0 KB' });
    // A format the link's words already give is not said twice: "Full report (HTML) (HTML)".
    const web = { href: 'https://example.org/report.html', format: 'HTML' };
    expect(fileLink({ base: '/', only: undefined }, { id: 'gc', files: {} }, { ...web, title: 'Full report (HTML)' }).details).toBe('');
    expect(fileLink({ base: '/', only: undefined }, { id: 'gc', files: {} }, { ...web, title: 'Full report' }).details).toBe('HTML');
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

describe('wording and directory', () => {
  it('calls a jury a jury', () => {
    expect(wordingByKind['citizens-jury'].members).toBe('jurors');
  });
  it('lists current assemblies before finished ones', () => {
    const entry = (id: string, phase: 'recruiting' | 'archived', start: string) => ({
      assembly: { id, config: { sessions: [session('s', start, start)], time_zone: 'Europe/London' } },
      phase,
    });
    const ordered = directoryOrder([entry('old', 'archived', '2019-09-07T10:00'), entry('new', 'recruiting', '2027-03-06T10:00')]);
    expect(ordered.map((e) => e.assembly.id)).toEqual(['new', 'old']);
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
