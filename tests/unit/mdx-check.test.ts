/**
 * MDX mistakes found before a build (templates/lib/config/mdx-check.ts): each at its line and
 * column in the file, in words a writer understands, every one at once.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll, withMdxChecked } from '../../templates/lib/config/load-all.ts';
import { mdxProblems } from '../../templates/lib/config/mdx-check.ts';
import { formatProblem } from '../../templates/lib/config/problems.ts';

const dir = 'tests/fixtures/invalid-mdx';

describe('MDX check', () => {
  it('reports every mistake in the fixture, exactly as expected, and leaves the assembly unbuilt', () => {
    const expected = readFileSync(`${dir}/mistakes/assembly.yaml`, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('# expect: '))
      .map((line) => `${dir}/mistakes/${line.slice('# expect: '.length)}`);
    const before = loadAll({ dir, root: process.cwd() });
    expect(before.assemblies).toHaveLength(1);
    const after = withMdxChecked(before);
    expect(after.problems.map(formatProblem)).toEqual(expected);
    expect(after.assemblies).toHaveLength(0);
  });

  it('lists MDX mistakes with a YAML syntax error or a schema error in assembly.yaml, all at once', () => {
    for (const [mistake, from, to] of [
      ['syntax', 'title: ', 'title: Test: '],
      ['schema', 'title: ', 'titel: '],
    ] as const) {
      const copy = mkdtempSync(join(tmpdir(), `mdx-${mistake}-`));
      cpSync(`${dir}/mistakes`, join(copy, 'mistakes'), { recursive: true });
      const config = join(copy, 'mistakes', 'assembly.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(from, to));
      const { problems } = withMdxChecked(loadAll({ dir: copy, root: copy }));
      expect(problems.filter((p) => p.file.endsWith('assembly.yaml')).length, mistake).toBeGreaterThan(0);
      expect(problems.filter((p) => p.file.endsWith('.mdx')), mistake).toHaveLength(10);
    }
  });

  it('finds nothing in MDX written as MDX wants', () => {
    const body = 'It costs \\<£2, we hope \\{soon\\}; write to [a@example.org](mailto:a@example.org).\n\n<abbr title="x">X</abbr> {1 + 1}\n';
    expect(mdxProblems([{ file: 'a.mdx', body, bodyLine: 5 }])).toEqual([]);
  });

  it('counts lines from the start of the file, not of the body', () => {
    const [problem] = mdxProblems([{ file: 'a.mdx', body: '\nFine.\n\nSoon {we hope}.\n', bodyLine: 6 }]);
    expect(problem).toMatchObject({ file: 'a.mdx', line: 9, column: 6 });
  });

  it('finds words in curly brackets that the file never defines, and leaves defined ones and real code alone', () => {
    const check = (body: string) => mdxProblems([{ file: 'a.mdx', body, bodyLine: 1 }]).map((p) => `${p.line}:${p.column} ${p.message.split(' is ')[0]}`);
    expect(check('We meet {soon}.\n\n{date-tbc}\n')).toEqual(['1:9 {soon}', '3:1 {date-tbc}']);
    expect(check("export const year = 2019;\nimport { Chart as Figure } from './chart.astro';\n\nIn {year}, {Figure}, {2 * 3} and {'soon'}.\n")).toEqual([]);
  });

  it('names a tag left open, one closed in the wrong order and one closed without opening, once each', () => {
    const messages = (body: string) => mdxProblems([{ file: 'a.mdx', body, bodyLine: 1 }]).map((p) => p.message);
    expect(messages('A <abbr title="x">tag left open.\n')).toEqual([expect.stringMatching(/^The tag <abbr> opened here is never closed/)]);
    expect(messages('We <b><i>agreed</b></i>.\n')).toEqual([expect.stringMatching(/close <i> with <\/i> before this <\/b>/)]);
    expect(messages('Close.</span>\n')).toEqual([expect.stringMatching(/^This <\/span> closes a tag that was not opened/)]);
  });
});
