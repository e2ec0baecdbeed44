/** Which sections an assembly's site has, in navigation order (templates/lib/site/navigation.ts). */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../templates/lib/i18n/translate.ts';
import { sectionsOf } from '../../templates/lib/site/navigation.ts';
import { config } from '../support/minimal-config.ts';

describe('navigation', () => {
  const messages = messagesFor('en-GB');
  it('leaves sections without data out of the navigation', () => {
    const inNav = sectionsOf({ config: config(), chapterCount: 0, newsCount: 0, messages }).filter((s) => s.inNavigation).map((s) => s.path);
    expect(inNav).toEqual(['', 'about']);
    const withNews = sectionsOf({ config: config({ faq: [{ question: 'Q', answer: 'A' }] }), chapterCount: 1, newsCount: 2, messages });
    expect(withNews.filter((s) => s.inNavigation).map((s) => s.path)).toEqual(['', 'about', 'report', 'news', 'faq']);
  });

  it('names the sections in the page’s language', () => {
    const names = (tag: string) => sectionsOf({ config: config(), chapterCount: 0, newsCount: 0, messages: messagesFor(tag) }).map((s) => `${s.path || '/'} ${s.label}`);
    expect(names('en-GB').slice(0, 3)).toEqual(['/ Home', 'about About', 'members Members']);
    expect(names('cy-GB').slice(0, 3)).toEqual(['/ Hafan', 'about Ynghylch', 'members Aelodau']);
    expect(names('cy-GB')).toContain('search A i Y');
  });
});
