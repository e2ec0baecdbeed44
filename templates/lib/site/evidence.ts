/** How evidence is labelled and linked to its speakers and sessions (G11, G20, G23). */
import type { AssemblyConfig, EvidenceItem, Speaker } from '../../schema/assembly.ts';
import type { perspectives } from '../../schema/evidence.ts';

export type Perspective = (typeof perspectives)[number];

export const perspectiveLabels: Record<Perspective, string> = {
  informant: 'Informant',
  advocate: 'Advocate',
  briefing: 'Neutral briefing',
};

export const perspectiveHelp: Record<Perspective, string> = {
  informant: 'An expert explaining facts and evidence.',
  advocate: 'Someone arguing for a point of view. Their material is not meant to be balanced.',
  briefing: 'A balanced overview prepared for members.',
};

/** An item's own label, else its first speaker's. */
export function perspectiveOf(item: EvidenceItem, speakers: readonly Speaker[]): Perspective | undefined {
  if (item.perspective) return item.perspective;
  const first = speakers.find((s) => s.id === item.speakers[0]);
  return first?.perspective;
}

export function speakersOf(ids: readonly string[], config: Pick<AssemblyConfig, 'speakers'>): Speaker[] {
  return ids.flatMap((id) => config.speakers.filter((s) => s.id === id));
}

export function evidenceBySpeaker(speakerId: string, config: Pick<AssemblyConfig, 'evidence'>): EvidenceItem[] {
  return config.evidence.filter((e) => e.speakers.includes(speakerId));
}

export function evidenceInSession(sessionId: string, config: Pick<AssemblyConfig, 'evidence'>): EvidenceItem[] {
  return config.evidence.filter((e) => e.session === sessionId);
}

export const evidenceTypeLabels: Record<EvidenceItem['type'], string> = {
  talk: 'Talk',
  panel: 'Panel discussion',
  'question-and-answer': 'Questions and answers',
  'briefing-paper': 'Briefing paper',
  'written-submission': 'Written submission',
  'site-visit': 'Site visit',
  video: 'Video',
  other: 'Other',
};

/** "transcripts/jane.mdx" → the transcript slug "jane", or undefined for a web link. */
export function transcriptSlug(transcript: string | undefined): string | undefined {
  const match = transcript ? /^transcripts\/(.+)\.mdx$/.exec(transcript) : null;
  return match ? match[1]!.replace(/^(?:\d+[-_])+/, '') : undefined;
}
