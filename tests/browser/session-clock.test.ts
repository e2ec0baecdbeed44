/**
 * A page built before a session stays right through it (issue 14): with a faked clock in a real
 * browser, the page's script switches "Next session", "Happening now", "Live now" and "Ended";
 * without JavaScript the page says what it knew and when.
 */
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';

const site = inject('exampleSite');
const served = useServedSite(site);

/** A page of the Riverside example (built on 22 November 2026) opened at `time`. */
async function openAt(path: string, time: string) {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(time));
  await page.goto(`${served.url}/riverside-2027/${path}`);
  return { page, close: () => context.close() };
}

describe('the session clock', () => {
  it('shows a session as happening now, with the livestream one tap away, while it runs', async () => {
    const { page, close } = await openAt('', '2027-03-06T10:30:00Z');
    await expect(page.locator('#next-session').textContent()).resolves.toBe('Happening now');
    const shown = page.locator('[data-sessions]:not([data-sessions="live"]) > [data-start]:visible');
    await expect(shown.locator('a').first().textContent()).resolves.toBe('Session 1: why Riverside floods');
    await expect(page.locator('.live-now p:visible').textContent()).resolves.toMatch(/^Live now: Session 1: why Riverside floods · Watch on YouTube/);
    await expect(page.locator('[data-as-of]').isVisible()).resolves.toBe(false);
    await close();

    const list = await openAt('sessions/', '2027-03-06T10:30:00Z');
    await expect(list.page.locator('[data-session-state]').allTextContents()).resolves.toEqual(['Happening now', 'Upcoming', 'Upcoming', 'Upcoming']);
    // The tag takes the look of its state too (templates/lib/site/tags.ts).
    const classes = await list.page.locator('[data-session-state]').evaluateAll((tags) => tags.map((t) => t.className));
    expect(classes).toEqual(['tag tag--live', 'tag tag--plain', 'tag tag--plain', 'tag tag--plain']);
    await list.close();
  });

  it('moves on to the next session once one has ended, and marks it ended', async () => {
    const { page, close } = await openAt('', '2027-03-06T17:00:00Z');
    await expect(page.locator('#next-session').textContent()).resolves.toBe('Next session');
    const shown = page.locator('[data-sessions]:not([data-sessions="live"]) > [data-start]:visible');
    await expect(shown.locator('a').first().textContent()).resolves.toBe('Session 2: the options');
    await expect(page.locator('.live-now').isVisible()).resolves.toBe(false);
    await close();

    const session = await openAt('sessions/learning-1/', '2027-03-06T17:00:00Z');
    await expect(session.page.locator('[data-session-state]').textContent()).resolves.toBe('Ended');
    await expect(session.page.locator('[data-session-state]').getAttribute('class')).resolves.toBe('tag tag--ended');
    await session.close();
  });

  it('shows no next session once all are over', async () => {
    const { page, close } = await openAt('', '2027-04-01T09:00:00Z');
    await expect(page.locator('#next-session').isVisible()).resolves.toBe(false);
    await expect(page.locator('.live-now').isVisible()).resolves.toBe(false);
    await close();
  });

  it('without JavaScript, says what it knew and when', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}/riverside-2027/`);
    await expect(page.locator('#next-session').textContent()).resolves.toBe('Next session');
    await expect(page.locator('[data-as-of]').textContent()).resolves.toBe('As of midnight on 22 November 2026.');
    await expect(page.locator('.live-now').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
