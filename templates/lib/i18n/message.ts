/**
 * What a catalogue holds (issue 19). A message is a sentence or phrase of the interface, with
 * `{name}` where a value goes; a plural message has one form per plural category of its language
 * (Intl.PluralRules: Welsh has six, English two), and `other` always.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/**
 * A translation no fluent speaker has reviewed yet. It is used on the site like any other, and
 * `npm run check` lists it; a council's translator finds them all by searching for `unreviewed(`.
 */
export interface Unreviewed<M extends Message> {
  readonly unreviewed: M;
}

export const unreviewed = <M extends Message>(message: M): Unreviewed<M> => ({ unreviewed: message });

export type Entry<M extends Message = Message> = M | Unreviewed<M>;

export const isUnreviewed = (entry: Entry): entry is Unreviewed<Message> => typeof entry === 'object' && 'unreviewed' in entry;
export const messageOf = (entry: Entry): Message => (isUnreviewed(entry) ? entry.unreviewed : entry);
