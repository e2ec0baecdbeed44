/**
 * A synthetic finished assembly of a given size, shaped like a national one: many sessions and
 * speakers, evidence with long transcripts, recommendations with votes and responses, news and
 * a report in chapters. Deterministic, so two benchmark runs build the same input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface SyntheticShape {
  sessions: number;
  speakers: number;
  evidence: number;
  recommendations: number;
  news: number;
  chapters: number;
}

/** Content pages (one per session, speaker, evidence item, recommendation, news post and chapter). */
export const contentPages = (shape: SyntheticShape) =>
  shape.sessions + shape.speakers + shape.evidence + shape.recommendations + shape.news + shape.chapters;

/** Splits a number of content pages the way a national assembly's record is split. */
export function shapeFor(pages: number): SyntheticShape {
  const sessions = Math.max(4, Math.round(pages * 0.04));
  const speakers = Math.max(2, Math.round(pages * 0.2));
  const recommendations = Math.max(2, Math.round(pages * 0.15));
  const news = Math.max(1, Math.round(pages * 0.08));
  const chapters = Math.max(3, Math.round(pages * 0.02));
  const evidence = Math.max(1, pages - sessions - speakers - recommendations - news - chapters);
  return { sessions, speakers, evidence, recommendations, news, chapters };
}

const words = (
  'the assembly heard evidence about how homes are heated and how transport could change members asked ' +
  'speakers about costs fairness jobs and the countryside they discussed options in small groups and ' +
  'voted on recommendations for the government local councils businesses and households'
).split(' ');

/** Deterministic filler text: `count` words in sentences of about fifteen words. */
function prose(seed: number, count: number): string {
  let state = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = words[state % words.length]!;
    const start = i % 15 === 0;
    out.push(start ? word.charAt(0).toUpperCase() + word.slice(1) : word);
    if (i % 15 === 14) out[out.length - 1] += '.';
  }
  return `${out.join(' ')}.`;
}

const paragraphs = (seed: number, count: number, wordsEach: number) =>
  Array.from({ length: count }, (_, i) => prose(seed * 31 + i, wordsEach)).join('\n\n');

const day = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Writes `<dir>/<id>/` with assembly.yaml, transcripts/, news/ and report/. */
export function writeSyntheticAssembly(dir: string, id: string, shape: SyntheticShape): void {
  const root = join(dir, id);
  for (const folder of ['transcripts', 'news', 'report']) mkdirSync(join(root, folder), { recursive: true });

  const lastSession = day('2025-01-11', (shape.sessions - 1) * 7);
  const reportDate = day(lastSession, 30);
  const responseDate = day(lastSession, 90);
  const sessions = Array.from({ length: shape.sessions }, (_, i) => {
    const date = day('2025-01-11', i * 7);
    return {
      id: `session-${i + 1}`,
      title: `Session ${i + 1}`,
      purpose: prose(i, 20),
      start: `${date}T10:00`,
      end: `${date}T16:00`,
      place: 'Conference centre',
      streamed: true,
      recording: `https://www.youtube.com/watch?v=session${String(i + 1).padStart(5, '0')}`,
      captions: true,
      agenda: [{ time: '10:00', title: 'Welcome' }, { time: '14:00', title: 'Discussion in small groups', private: true }],
    };
  });
  const speakers = Array.from({ length: shape.speakers }, (_, i) => ({
    id: `speaker-${i + 1}`,
    name: `Speaker ${i + 1}`,
    role: 'Researcher',
    organisation: `Organisation ${(i % 40) + 1}`,
    perspective: (['informant', 'advocate', 'briefing'] as const)[i % 3],
    bio: prose(1000 + i, 40),
  }));
  const evidence = Array.from({ length: shape.evidence }, (_, i) => {
    writeFileSync(join(root, 'transcripts', `evidence-${i + 1}.mdx`), `---\ntitle: "Transcript: evidence ${i + 1}"\n---\n\n${paragraphs(2000 + i, 8, 100)}\n`);
    return {
      id: `evidence-${i + 1}`,
      title: `Evidence ${i + 1}`,
      type: 'talk',
      session: sessions[i % sessions.length]!.id,
      speakers: [speakers[i % speakers.length]!.id],
      summary: prose(3000 + i, 25),
      video: `https://www.youtube.com/watch?v=evidence${String(i + 1).padStart(5, '0')}`,
      captions: true,
      transcript: `transcripts/evidence-${i + 1}.mdx`,
      published: sessions[i % sessions.length]!.start.slice(0, 10),
    };
  });
  const recommendations = Array.from({ length: shape.recommendations }, (_, i) => ({
    id: `recommendation-${i + 1}`,
    title: `Recommendation ${i + 1}`,
    text: prose(4000 + i, 60),
    theme: `Theme ${(i % 8) + 1}`,
    vote: { for: 80 + (i % 20), against: 15 - (i % 10), abstain: 5 },
    response: { status: (['accepted', 'partly-accepted', 'not-accepted', 'under-consideration'] as const)[i % 4], text: prose(5000 + i, 30), date: responseDate },
  }));
  for (let i = 0; i < shape.news; i++) {
    const date = day('2025-01-01', i * 3);
    writeFileSync(join(root, 'news', `${date}-post-${i + 1}.mdx`), `---\ntitle: News post ${i + 1}\ndate: ${date}\nsummary: ${prose(6000 + i, 20)}\n---\n\n${paragraphs(6000 + i, 4, 80)}\n`);
  }
  for (let i = 0; i < shape.chapters; i++) {
    writeFileSync(join(root, 'report', `${String(i + 1).padStart(3, '0')}-chapter-${i + 1}.mdx`), `---\ntitle: Chapter ${i + 1}\norder: ${i + 1}\n---\n\n## Part one\n\n${paragraphs(7000 + i, 6, 120)}\n\n## Part two\n\n${paragraphs(8000 + i, 6, 120)}\n`);
  }

  const members = 110;
  const config = {
    title: `Synthetic National Assembly ${id}`,
    short_title: `Synthetic Assembly ${id}`,
    summary: 'A synthetic assembly for measuring build speed and page weight.',
    commissioners: [{ name: 'A Parliament', type: 'parliament' }],
    commitment: { text: 'The committees will respond to every recommendation.', respond_by: day(lastSession, 120) },
    organisations: [{ name: 'Facilitators Ltd', roles: ['organiser', 'facilitator'] }, { name: 'Recruiters Ltd', roles: ['recruiter'] }],
    funding: { source: 'Parliament' },
    question: 'How should the country reach net zero?',
    remit: prose(1, 60),
    process: prose(2, 60),
    timeline: { announced: '2024-10-01', report_due: reportDate },
    sessions,
    members: {
      count: members,
      selection: { method: prose(3, 60), stratified_by: ['Age', 'Gender', 'Region'] },
      profile: [{ dimension: 'Age', categories: [{ name: '16 to 39', members: 50 }, { name: '40 and over', members: members - 50 }] }],
    },
    speakers,
    evidence,
    voting: { method: 'Secret ballot on paper.', date: lastSession },
    recommendations,
    response: { title: 'Response', date: responseDate, by: 'A Parliament', summary: prose(9, 60) },
    report: { title: 'Report', date: reportDate, summary: prose(10, 40) },
    site: {
      url: `https://${id}.example.org/`,
      contact: { email: 'assembly@example.org' },
      accessibility: { status: 'fully-compliant', prepared: '2025-01-01', last_reviewed: '2025-01-01' },
      privacy: { controller: 'A Parliament', contact: 'privacy@example.org' },
      branding: { organisation: 'A Parliament', colour: '#1d4f91' },
    },
  };
  writeFileSync(join(root, 'assembly.yaml'), stringify(config, { lineWidth: 0 }));
}
