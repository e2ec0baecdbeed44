/** The words the site uses for each kind of mini-public, so a jury is never called an assembly. */
import type { miniPublicKinds } from '../schema/identity.ts';

export interface Wording {
  /** "citizens' assembly" */
  kindName: string;
  /** "the assembly" */
  body: string;
  /** "assembly members" */
  members: string;
}

export const wordingByKind: Record<(typeof miniPublicKinds)[number], Wording> = {
  'citizens-assembly': { kindName: "citizens' assembly", body: 'the assembly', members: 'assembly members' },
  'citizens-jury': { kindName: "citizens' jury", body: 'the jury', members: 'jurors' },
  'peoples-panel': { kindName: "people's panel", body: 'the panel', members: 'panel members' },
  'citizens-panel': { kindName: "citizens' panel", body: 'the panel', members: 'panel members' },
  'community-assembly': { kindName: 'community assembly', body: 'the assembly', members: 'assembly members' },
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
