/** The words the site uses for each kind of mini-public (templates/lib/wording.ts). */
import { describe, expect, it } from 'vitest';
import { wordingByKind } from '../../templates/lib/i18n/wording.ts';

describe('wording', () => {
  it('calls a jury a jury', () => {
    expect(wordingByKind['citizens-jury'].members).toBe('jurors');
  });
});
