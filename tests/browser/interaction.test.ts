/** In a real browser: the video placeholder by keyboard, no request before play, and the site without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tabTo, useServedSite } from '../support/browser.ts';

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
    expect(await tabTo(page, play, 60)).toBe(true);
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

  it('on a phone, the navigation sits behind a Menu button that opens by keyboard, and the page title is in the first screen', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['riverside-2027/about/', 'greater-cambridge-2019/recommendations/', 'climate-assembly-uk-2020/report/']) {
      await page.goto(`${served.url}/${path}`);
      const box = await page.getByRole('heading', { level: 1 }).boundingBox();
      // It used to start 500–590 px down, under six rows of links and a search box.
      expect(box!.y, path).toBeLessThan(844 * 0.55);
    }
    await expect(page.getByRole('link', { name: 'Search', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(false);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const sessions = nav.getByRole('link', { name: 'Sessions' });
    await expect(sessions.isVisible()).resolves.toBe(false);
    // A keyboard user reaches "Menu", opens it, and the first section follows.
    const menu = nav.locator('summary');
    await expect(menu.textContent()).resolves.toBe('Menu');
    expect(await tabTo(page, menu, 10)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(sessions.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Home' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  it('on a wide screen, the sections show in a row with no Menu button, and the search box is in the header', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/riverside-2027/about/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.locator('summary').isVisible()).resolves.toBe(false);
    const home = await nav.getByRole('link', { name: 'Home' }).boundingBox();
    const sessions = await nav.getByRole('link', { name: 'Sessions' }).boundingBox();
    expect(sessions!.y).toBe(home!.y);
    await expect(nav.getByRole('link', { name: 'Sessions' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Search', exact: true }).isVisible()).resolves.toBe(false);
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
