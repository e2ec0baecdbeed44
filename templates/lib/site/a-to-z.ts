/**
 * Everything on an assembly's site from A to Z: the search page without JavaScript, and the list
 * a visitor can scan when search is not available.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { outputKindNames } from './outputs.ts';

export interface IndexEntry {
  title: string;
  /** Path segments below the assembly root. */
  segments: string[];
  kind: string;
}

export interface IndexGroup {
  letter: string;
  entries: IndexEntry[];
}

export function siteIndex(
  config: AssemblyConfig,
  chapters: ReadonlyArray<{ slug: string; meta: { title: string } }>,
  news: ReadonlyArray<{ slug: string; meta: { title: string } }>,
): IndexEntry[] {
  return [
    ...config.sessions.map((s) => ({ title: s.title, segments: ['sessions', s.id], kind: 'Session' })),
    ...config.evidence.map((e) => ({ title: e.title, segments: ['evidence', e.id], kind: 'Evidence' })),
    ...config.speakers.map((s) => ({ title: s.name, segments: ['speakers', s.id], kind: 'Speaker' })),
    ...config.recommendations.map((r) => ({ title: r.title, segments: ['recommendations', r.id], kind: outputKindNames[r.kind].label })),
    ...chapters.map((c) => ({ title: c.meta.title, segments: ['report', c.slug], kind: 'Report chapter' })),
    ...news.map((n) => ({ title: n.meta.title, segments: ['news', n.slug], kind: 'News' })),
    ...config.faq.map((q) => ({ title: q.question, segments: ['faq'], kind: 'Question' })),
  ];
}

/** The letter an entry is filed under: its first letter or digit, ignoring a leading "The" or "A". */
export function filingLetter(title: string): string {
  const key = title.replace(/^(?:the|a|an)\s+/i, '').normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
  const first = key.charAt(0).toUpperCase();
  return /[0-9]/.test(first) ? '0–9' : first || '#';
}

export function groupByLetter(entries: readonly IndexEntry[]): IndexGroup[] {
  const sortKey = (title: string) => title.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  // Numbers in titles in numeric order: "Recommendation 2" before "Recommendation 10".
  const sorted = [...entries].sort((a, b) => sortKey(a.title).localeCompare(sortKey(b.title), 'en-GB', { numeric: true }) || a.kind.localeCompare(b.kind));
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of sorted) {
    const letter = filingLetter(entry.title);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list })).sort((a, b) => (a.letter === '0–9' ? -1 : b.letter === '0–9' ? 1 : a.letter.localeCompare(b.letter)));
}
