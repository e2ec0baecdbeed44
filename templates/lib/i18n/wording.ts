/** The words the site uses for each kind of mini-public, so a jury is never called an assembly. */
import { miniPublicKinds } from '../../schema/identity.ts';
import { messagesFor, type Messages } from './translate.ts';

export type MiniPublicKind = (typeof miniPublicKinds)[number];

export interface Wording {
  /** "citizens' assembly" */
  kindName: string;
  /** "the assembly" */
  body: string;
  /** "assembly members" */
  members: string;
}

/** The words for `kind` in the page's language. */
export function wordingOf(kind: MiniPublicKind, messages: Messages): Wording {
  return { kindName: messages.text(`kind.${kind}.name`), body: messages.text(`kind.${kind}.body`), members: messages.text(`kind.${kind}.members`) };
}

/** The words in English, for the pages and files whose wording is not in the catalogues yet (issue 19). */
export const wordingByKind = Object.fromEntries(miniPublicKinds.map((kind) => [kind, wordingOf(kind, messagesFor('en-GB'))])) as Record<MiniPublicKind, Wording>;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
