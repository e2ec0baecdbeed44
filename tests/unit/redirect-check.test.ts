/** Redirects checked before a build (templates/lib/config/redirect-check.ts). */
import { describe, expect, it } from 'vitest';
import { redirectProblems, type PageIds } from '../../templates/lib/config/redirect-check.ts';

const pages: PageIds = {
  sessions: new Set(['day-1', 'day-2']),
  speakers: new Set(['ada']),
  evidence: new Set(),
  recommendations: new Set(['buses']),
  news: new Set(['first-meeting']),
  report: new Set(['introduction']),
};
const check = (redirects: Array<{ from: string; to: string }>) => redirectProblems(redirects, pages).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('redirect check', () => {
  it('accepts redirects from old addresses to pages that exist, or that it cannot know', () => {
    expect(check([
      { from: 'sessions/weekend-1', to: 'sessions/day-1' },
      { from: 'recommendations/bus', to: 'recommendations/buses' },
      { from: 'report/intro', to: 'report/full' },
      { from: 'old-page', to: 'about' },
      { from: 'faq-old', to: 'faq' },
    ])).toEqual([]);
  });

  it('refuses a redirect over a page of the site', () => {
    expect(check([{ from: 'sessions/day-2', to: 'sessions/day-1' }])).toEqual(['redirects.0.from: "sessions/day-2" is a page of the site, so it cannot be redirected. Remove this redirect.']);
    expect(check([{ from: 'about', to: 'sessions/day-1' }])[0]).toMatch(/"about" is a page of the site/);
  });

  it('refuses a redirect to an item that does not exist', () => {
    expect(check([{ from: 'speakers/ada-l', to: 'speakers/ada-lovelace' }])).toEqual(['redirects.0.to: "speakers/ada-lovelace" is not a page of the site: there is no speaker "ada-lovelace". Correct the new address.']);
  });

  it('refuses a redirect to another redirect, and redirects in a circle', () => {
    expect(check([{ from: 'a', to: 'b' }, { from: 'b', to: 'sessions/day-1' }])).toEqual(['redirects.0.to: "b" is itself redirected, to "sessions/day-1". Point this redirect straight at "sessions/day-1".']);
    expect(check([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }])[0]).toMatch(/go round in a circle \(a → b → c → a\)/);
  });
});
