/**
 * What the check refuses in the text of any field (issue 15, templates/lib/config/text-rules.ts),
 * each rule with input that meets it and input that misses it: characters that cannot be shown,
 * and text too long.
 */
import { describe, expect, it } from 'vitest';
import { longestText, longestTitle, textProblem, unshowableCharacter } from '../../templates/lib/config/text-rules.ts';

describe('characters in text', () => {
  it('accepts tabs, line breaks (Windows ones too), accents, emoji and right-to-left text', () => {
    for (const text of ['a\tb', 'a\nb', 'a\r\nb', 'Ynys Môn ŵ ŷ', 'fàilte', '👩🏽‍🔬 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'مرحبا', 'שלום']) expect(unshowableCharacter(text), text).toBeUndefined();
  });

  it('refuses control characters, a lone carriage return and half a character, saying which', () => {
    expect(unshowableCharacter('a\u0007b')).toEqual({ index: 1, code: 'U+0007' });
    expect(unshowableCharacter('Day 1\rATTENDEE')).toEqual({ index: 5, code: 'U+000D' });
    expect(unshowableCharacter('a\u001b[31m')?.code).toBe('U+001B');
    expect(unshowableCharacter('a\u007f')?.code).toBe('U+007F');
    expect(unshowableCharacter('a\uD800b')?.code).toBe('U+D800');
    expect(unshowableCharacter('a\uDC00b')?.code).toBe('U+DC00');
    expect(textProblem('a\uD800', ['summary'])).toMatch(/half of a character/);
    expect(textProblem('a\u0000', ['summary'])).toMatch(/control character \(U\+0000\)/);
  });

  it('limits titles and names to 300 characters, and other text to 10,000', () => {
    expect(textProblem('x'.repeat(longestTitle), ['sessions', 0, 'title'])).toBeUndefined();
    expect(textProblem('x'.repeat(longestTitle + 1), ['sessions', 0, 'title'])).toMatch(/301 characters long; a title may have at most 300/);
    expect(textProblem('x'.repeat(longestTitle + 1), ['speakers', 2, 'name'])).toMatch(/a name may have at most 300/);
    expect(textProblem('x'.repeat(longestText), ['remit'])).toBeUndefined();
    expect(textProblem('x'.repeat(longestText + 1), ['remit'])).toMatch(/at most 10,000/);
  });
});
