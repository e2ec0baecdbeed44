/** In a real browser: the video placeholder by keyboard, no request before play, and the site without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';

const site = inject('exampleSite');
const served = useServedSite(site);

/** Records every request that would leave the site, and blocks it. */
async function watchOutsideRequests(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(served.url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

describe('click-to-load video', () => {
  it('requests nothing from the host until play is pressed, and works from the keyboard', async () => {
    const page = await served.browser.newPage();
    const outside = await watchOutsideRequests(page);
    await page.goto(`${served.url}/riverside-2027/sessions/learning-1/`);
    const play = page.getByRole('button', { name: 'Play video (loads YouTube) Livestream of Session 1: why Riverside floods', exact: true });
    await expect(play.isVisible()).resolves.toBe(true);
    expect(outside).toEqual([]);

    // Tab through the page until the play button has focus, as a keyboard user would.
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await play.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');

    const frame = page.locator('iframe.video__frame');
    await expect(frame.getAttribute('src')).resolves.toBe('https://www.youtube-nocookie.com/embed/rvsjury0001?autoplay=1');
    await expect(frame.getAttribute('title')).resolves.toBe('Livestream of Session 1: why Riverside floods');
    await expect(frame.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.waitForTimeout(200);
    expect(outside.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(outside.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('every page is reachable through links, and videos are plain links', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const outside = await watchOutsideRequests(page);
    await page.goto(`${served.url}/`);
    await page.getByRole('link', { name: /Riverside Citizens' Jury on Living with Flooding/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sessions');
    await page.getByRole('link', { name: 'Session 1: why Riverside floods' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Session 1: why Riverside floods');
    await expect(page.getByRole('button', { name: /Play video/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /^Watch the livestream on YouTube ?: Livestream of Session 1: why Riverside floods$/ }).getAttribute('href')).resolves.toBe(
      'https://www.youtube.com/watch?v=rvsjury0001',
    );
    expect(outside).toEqual([]);
    await context.close();
  });

  it('the skip link is the first stop and moves focus to the content', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}/greater-cambridge-2019/about/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await context.close();
  });
});
