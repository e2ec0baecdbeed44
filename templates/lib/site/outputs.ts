/**
 * The kinds of output an assembly agrees (G29), named as visitors read them, and the counts that
 * introduce them: "52 recommendations and 3 principles", never "55 recommendations".
 */
import type { AssemblyConfig, Recommendation } from '../../schema/assembly.ts';
import type { outputKinds } from '../../schema/recommendations.ts';
import { countText, listText } from './format.ts';

export type OutputKind = (typeof outputKinds)[number];

export const outputKindNames: Record<OutputKind, { singular: string; plural: string; label: string }> = {
  recommendation: { singular: 'recommendation', plural: 'recommendations', label: 'Recommendation' },
  'statement-of-ambition': { singular: 'statement of ambition', plural: 'statements of ambition', label: 'Statement of ambition' },
  vision: { singular: 'vision', plural: 'visions', label: 'Vision' },
  principle: { singular: 'principle', plural: 'principles', label: 'Principle' },
  consideration: { singular: 'consideration', plural: 'considerations', label: 'Consideration' },
  statement: { singular: 'statement', plural: 'statements', label: 'Statement' },
  ballot: { singular: 'ballot', plural: 'ballots', label: 'Ballot' },
  'call-to-action': { singular: 'call to action', plural: 'calls to action', label: 'Call to action' },
};

/** "52 recommendations, 3 principles and 1 ballot", in the order kinds first appear. */
export function outputCounts(outputs: readonly Pick<Recommendation, 'kind'>[]): string {
  const counts = new Map<OutputKind, number>();
  for (const o of outputs) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return listText([...counts].map(([kind, n]) => countText(n, outputKindNames[kind].singular, outputKindNames[kind].plural)));
}

/** The assembly's own outputs, and those of each linked body (such as a children's parliament). */
export function outputsByBody(config: Pick<AssemblyConfig, 'recommendations' | 'linked_bodies'>) {
  return {
    own: config.recommendations.filter((r) => r.from === undefined),
    linked: config.linked_bodies
      .map((body) => ({ body, outputs: config.recommendations.filter((r) => r.from === body.id) }))
      .filter((group) => group.outputs.length > 0),
  };
}
