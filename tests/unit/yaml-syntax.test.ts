/** YAML syntax errors reported at their cause (templates/lib/config/yaml-syntax.ts). */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../templates/lib/config/yaml-source.ts';
import { quoted, unclosedBracket } from '../../templates/lib/config/yaml-syntax.ts';

const errors = (source: string) => parseYamlSource(source).syntaxErrors.map((e) => `${e.line}:${e.column}`);

describe('YAML syntax errors', () => {
  it('point at the [ or { that is never closed, not where the parser gave up', () => {
    expect(errors('id: a\nthemes: [transport,\n  housing\nquestion: How?\nmore: 1\n')).toEqual(['2:9']);
    expect(errors('id: a\nx: [[a, b], [c\ny: 2\n')).toEqual(['2:13']);
    expect(errors('figure: {about: 3\nquestion: How?\n')).toEqual(['1:9']);
  });

  it('skip brackets in quotes, in comments and inside plain text', () => {
    expect(unclosedBracket(['a: [1, "]", 2 # ]', 'd: 2'], 2)).toEqual({ line: 1, column: 4, bracket: '[' });
    expect(unclosedBracket(['a: [1, "]", 2]', 'b: text [x', 'c: 1 # ['], 3)).toBeUndefined();
  });

  it('name a colon inside a value as the cause, on its own line, and show the value quoted', () => {
    const [error] = parseYamlSource('id: a\nitems:\n  - role: Chair: Panel # a comment\n').syntaxErrors;
    expect(error).toMatchObject({ line: 3, column: 16 });
    expect(error?.message).toContain('Put the whole value in quotes: - role: "Chair: Panel"');
  });

  it('explain values starting with a quote, bracket, @, * or &', () => {
    const message = (source: string) => parseYamlSource(source).syntaxErrors[0]?.message;
    expect(message('t: "Climate" assembly\n')).toContain(`t: '"Climate" assembly'`);
    expect(message('t: [Draft] report\n')).toContain('t: "[Draft] report"');
    expect(message('by: @council\n')).toContain('by: "@council"');
    expect(message('n: *important\n')).toContain('marked &important, and there is none');
    expect(message('n: *Provisional* summary\n')).toContain('n: "*Provisional* summary"');
  });

  it('name each line indented with a tab, not the confusion it causes further on', () => {
    expect(errors('id: a\nsite:\n\turl: x\n\tname: y\nq: 1\n')).toEqual(['3:1', '4:1']);
    expect(parseYamlSource('id: a\nremit: >-\n  One\n\ttwo\nq: 1\n').syntaxErrors.map((e) => e.message)).toEqual([
      'The file is not valid YAML: this line is indented with a tab. Indent with spaces instead, two for each level.',
    ]);
    // A mistake before the tab is still reported; a tab inside a value is no mistake.
    expect(errors('id: a\ntitle: X: y\nsite:\n\turl: x\n')).toEqual(['2:9', '4:1']);
    expect(errors('id: a\ntitle: A\tB\n')).toEqual([]);
  });

  it('leave valid YAML alone: anchors with their references, quoted brackets', () => {
    expect(errors('x: &a 1\ny: *a\nz: [1, "]", 2]\nt: "Climate: next"\n')).toEqual([]);
  });

  it('quote a value so YAML reads it back as the same text', () => {
    for (const value of ['Climate: next', '"Climate" assembly', `It's "here"`, 'back\\slash']) {
      expect(parseYamlSource(`v: ${quoted(value)}\n`).data).toEqual({ v: value });
    }
  });
});
