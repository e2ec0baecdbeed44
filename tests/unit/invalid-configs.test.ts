/**
 * The corpus of broken assemblies (tests/support/bad-input.ts): each case reports, through the same
 * check the build runs, exactly the problems its `# expect:` lines give (file, line, column, field
 * and message), and no other. tests/integration/bad-input.test.ts runs each through the build.
 */
import { describe, expect, it } from 'vitest';
import { loadAll, withMdxChecked } from '../../templates/lib/config/load-all.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { formatProblem } from '../../templates/lib/config/problems.ts';
import { badInputCases, invalidDir as dir } from '../support/bad-input.ts';

const cases = badInputCases();

describe('invalid configs', () => {
  it('form a corpus of at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: reports exactly the expected problems', (_, { assemblies, only, expected }) => {
    expect(expected.length).toBeGreaterThan(0);
    const result = withMdxChecked(loadAll({ dir: assemblies, root: process.cwd(), ...(only ? { only } : {}) }));
    expect(result.problems.map(formatProblem)).toEqual([...expected].sort(byPosition));
    if (result.problems.some((p) => p.severity === 'error')) expect(result.assemblies.length).toBeLessThan(result.checked);
  });

  it('prints ten precise messages for ten different mistakes', () => {
    const { problems } = loadAssembly(dir, 'ten-mistakes');
    expect(problems).toHaveLength(10);
    expect(new Set(problems.map((p) => `${p.line}:${p.column}`)).size).toBe(10);
  });
});

/** Sort expectations the way sortProblems sorts problems: file, line, column. */
function byPosition(a: string, b: string): number {
  const parse = (s: string) => {
    const match = /^(.*?):(\d+):(\d+) {2}/.exec(s)!;
    return [match[1]!, Number(match[2]), Number(match[3])] as const;
  };
  const [fa, la, ca] = parse(a);
  const [fb, lb, cb] = parse(b);
  return fa.localeCompare(fb) || la - lb || ca - cb;
}
