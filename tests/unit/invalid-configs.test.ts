/**
 * The corpus of broken assemblies under tests/fixtures/invalid/. Each assembly.yaml ends with
 * `# expect:` lines giving, exactly as `npm run check` prints them, every problem it must produce:
 * file, line, column, field and message. No other problem may appear.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAssemblyIds } from '../../templates/lib/config/load-all.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { formatProblem, sortProblems } from '../../templates/lib/config/problems.ts';

const dir = 'tests/fixtures/invalid';
const cases = listAssemblyIds(dir);

function expectations(id: string): string[] {
  return readFileSync(`${dir}/${id}/assembly.yaml`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => `${dir}/${id}/${line.slice('# expect: '.length)}`);
}

describe('invalid configs', () => {
  it('form a corpus of at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s: reports exactly the expected problems', (id) => {
    const expected = expectations(id);
    expect(expected.length).toBeGreaterThan(0);
    const { assembly, problems } = loadAssembly(dir, id);
    expect(sortProblems(problems).map(formatProblem)).toEqual([...expected].sort(byPosition));
    if (problems.some((p) => p.severity === 'error')) expect(assembly).toBeUndefined();
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
