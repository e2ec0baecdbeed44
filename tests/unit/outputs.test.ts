/**
 * An assembly's outputs (templates/lib/site/outputs.ts): counted by kind, never a principle called a
 * recommendation, and a linked body's kept apart from the assembly's own.
 */
import { describe, expect, it } from 'vitest';
import { outputCounts, outputsByBody } from '../../templates/lib/site/outputs.ts';

describe('outputs', () => {
  it('count outputs by kind, never calling a principle a recommendation', () => {
    expect(outputCounts([{ kind: 'recommendation' }, { kind: 'recommendation' }, { kind: 'principle' }, { kind: 'statement-of-ambition' }])).toBe(
      '2 recommendations, 1 principle and 1 statement of ambition',
    );
  });
  it('show a linked body\'s outputs apart from the assembly\'s own', () => {
    const config = {
      linked_bodies: [{ id: 'cp', name: "Children's Parliament", description: 'Children.', url: undefined }],
      recommendations: [{ id: 'a', from: undefined }, { id: 'b', from: 'cp' }],
    } as never;
    const { own, linked } = outputsByBody(config);
    expect(own.map((o: { id: string }) => o.id)).toEqual(['a']);
    expect(linked.map((g) => [g.body.id, g.outputs.length])).toEqual([['cp', 1]]);
  });
});
