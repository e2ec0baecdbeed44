/** How to cite the record (templates/lib/site/citation.ts). */
import { describe, expect, it } from 'vitest';
import { citation } from '../../templates/lib/site/citation.ts';

describe('citation', () => {
  it('names the publisher, the page, the permanent address and the date', () => {
    expect(citation({ organisation: 'Alpha Council', siteTitle: 'Alpha Assembly', pageTitle: 'Members', url: 'https://x.org/members/', updated: '2026-11-22' })).toBe(
      'Alpha Council. Members. Alpha Assembly. https://x.org/members/ (last updated 22 November 2026).',
    );
  });
});
