/** How evidence is labelled and linked to its speakers and sessions (G11, G20, G23). */
import type { AssemblyConfig, EvidenceItem, Speaker } from '../../schema/assembly.ts';
import type { Perspective } from '../../schema/perspectives.ts';
import { allAgendaItems, heldSessions, speakerRefs, timesOf, type SpeakerRef } from './sessions.ts';

export type { Perspective } from '../../schema/perspectives.ts';

/** A speaker as named in a talk or agenda item: the person, and the capacity they spoke in there. */
export interface Appearance {
  speaker: Speaker;
  perspective: Perspective | undefined;
}

/** The speakers a talk or agenda item names, each with its capacity there (else the speaker's usual one). */
export function appearances(refs: EvidenceItem['speakers'], config: Pick<AssemblyConfig, 'speakers'>): Appearance[] {
  return speakerRefs(refs).flatMap((ref: SpeakerRef) =>
    config.speakers.filter((s) => s.id === ref.id).map((speaker) => ({ speaker, perspective: ref.as ?? speaker.perspective })),
  );
}

/** An item's own label, else its first speaker's capacity in it. */
export function perspectiveOf(item: Pick<EvidenceItem, 'perspective' | 'speakers'>, config: Pick<AssemblyConfig, 'speakers'>): Perspective | undefined {
  return item.perspective ?? appearances(item.speakers, config)[0]?.perspective;
}

export function speakersOf(refs: EvidenceItem['speakers'], config: Pick<AssemblyConfig, 'speakers'>): Speaker[] {
  return appearances(refs, config).map((a) => a.speaker);
}

export function evidenceBySpeaker(speakerId: string, config: Pick<AssemblyConfig, 'evidence'>): EvidenceItem[] {
  return config.evidence.filter((e) => speakerRefs(e.speakers).some((ref) => ref.id === speakerId));
}

/** Every capacity a speaker spoke in, in the order of the evidence and agendas: a person can be several. */
export function perspectivesOfSpeaker(speaker: Speaker, config: Pick<AssemblyConfig, 'evidence' | 'sessions' | 'speakers'>): Perspective[] {
  const refs = [
    ...config.evidence.flatMap((e) => speakerRefs(e.speakers).map((ref) => ({ ...ref, as: ref.as ?? e.perspective }))),
    ...config.sessions.flatMap((s) => allAgendaItems(s).flatMap((item) => speakerRefs(item.speakers))),
  ].filter((ref) => ref.id === speaker.id);
  const found = refs.map((ref) => ref.as ?? speaker.perspective).filter((p): p is Perspective => p !== undefined);
  const all = found.length > 0 ? found : speaker.perspective ? [speaker.perspective] : [];
  return [...new Set(all)];
}

/** "None declared", the interests as declared, or, when none are given, that this site does not record them. */
export function interestsText(speaker: Pick<Speaker, 'interests'>): string {
  if (speaker.interests === undefined) return 'Not recorded on this site';
  return /^none(?: declared)?\.?$/i.test(speaker.interests.trim()) ? 'None declared' : speaker.interests;
}

/**
 * The declared interests of an item's speakers in one line (issue 17): said once when the same for
 * every speaker ("None declared"), else speaker by speaker.
 */
export function interestsOfSpeakers(speakers: ReadonlyArray<Pick<Speaker, 'name' | 'interests'>>): string | undefined {
  if (speakers.length === 0) return undefined;
  const texts = speakers.map(interestsText);
  if (texts.every((t) => t === texts[0])) return speakers.length > 1 ? `${texts[0]} (every speaker)` : texts[0];
  return speakers.map((s, i) => `${s.name}: ${texts[i]!.replace(/\.$/, '')}`).join('; ');
}

/** The day an item reached members or the public: when it was published, else the first day of its session. */
export function evidenceDay(item: Pick<EvidenceItem, 'published' | 'session'>, config: Pick<AssemblyConfig, 'sessions' | 'time_zone'>): string | undefined {
  if (item.published) return item.published;
  const session = config.sessions.find((s) => s.id === item.session);
  return session ? timesOf(session, config.time_zone).firstDay : undefined;
}

/**
 * The session still to come at which an item will be given, if any: the evidence list must not say
 * members heard it yet. An item for a cancelled session, or with no session, is never "to come".
 */
export function sessionToCome(item: Pick<EvidenceItem, 'session'>, config: Pick<AssemblyConfig, 'sessions' | 'time_zone'>, now: Date): AssemblyConfig['sessions'][number] | undefined {
  const session = heldSessions(config.sessions).find((s) => s.id === item.session);
  return session && timesOf(session, config.time_zone).start > now ? session : undefined;
}

export function evidenceInSession(sessionId: string, config: Pick<AssemblyConfig, 'evidence'>): EvidenceItem[] {
  return config.evidence.filter((e) => e.session === sessionId);
}

/** "transcripts/jane.mdx" → the transcript slug "jane", or undefined for a web link. */
export function transcriptSlug(transcript: string | undefined): string | undefined {
  const match = transcript ? /^transcripts\/(.+)\.mdx$/.exec(transcript) : null;
  return match ? match[1]!.replace(/^(?:\d+[-_])+/, '') : undefined;
}
