/** Which sections an assembly's site has, in navigation order (templates/lib/site/navigation.ts). */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../templates/lib/site/navigation.ts';
import { config } from '../support/minimal-config.ts';

describe('navigation', () => {
  it('leaves sections without data out of the navigation', () => {
    const inNav = sectionsOf({ config: config(), chapterCount: 0, newsCount: 0 }).filter((s) => s.inNavigation).map((s) => s.path);
    expect(inNav).toEqual(['', 'about']);
    const withNews = sectionsOf({ config: config({ faq: [{ question: 'Q', answer: 'A' }] }), chapterCount: 1, newsCount: 2 });
    expect(withNews.filter((s) => s.inNavigation).map((s) => s.path)).toEqual(['', 'about', 'report', 'news', 'faq']);
  });
});
