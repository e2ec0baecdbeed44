/**
 * The capacity in which someone speaks to members (G23): the label tells members and the public
 * how to read what they heard. It belongs to a talk, not to a person: the same expert can inform
 * at one session and argue a case at another.
 */
export const perspectives = [
  'informant',
  'advocate',
  'briefing',
  'testimony',
  'chair',
  'facilitator',
  'commissioner',
] as const;
export type Perspective = (typeof perspectives)[number];
