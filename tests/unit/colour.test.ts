/** Colour in command-line output only on a terminal, never with NO_COLOR (templates/lib/config/colour.ts). */
import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../templates/lib/config/colour.ts';
import { problemReport } from '../../templates/lib/config/report.ts';
import type { Problem } from '../../templates/lib/config/problems.ts';

const escape = '\u001b[';
const problems: Problem[] = [
  { severity: 'error', file: 'a/assembly.yaml', line: 3, column: 5, path: ['title'], message: 'Wrong.' },
  { severity: 'warning', file: 'a/assembly.yaml', line: 4, column: 1, path: [], message: 'Odd.' },
];

describe('colour', () => {
  it('is used on a terminal, and not in a pipe, a file or a dumb terminal', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('is never used with NO_COLOR set, even on a terminal or with FORCE_COLOR', () => {
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });

  it('is used when forced, and not when forced off', () => {
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('colours the report only when asked, with the same words either way', () => {
    const plain = problemReport(problems, 1);
    const coloured = problemReport(problems, 1, { colour: true });
    expect(plain).not.toContain(escape);
    expect(coloured).toContain(escape);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(plain.split('\n')[0]).toBe('a/assembly.yaml:3:5  title: Wrong.');
  });
});
