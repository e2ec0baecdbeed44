/** Debian's Chromium, driven by playwright-core, with the flags this closed network needs. */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type StaticServer } from './static-server.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface ServedSite {
  /** Base address of the local server, such as http://127.0.0.1:41234 */
  readonly url: string;
  readonly browser: Browser;
}

/** Serves `site` and opens a browser for the tests of the current file, closing both afterwards. */
export function useServedSite(site: string): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Presses Tab, as a keyboard user would, until `target` has focus or `most` presses are spent; whether it got there. */
export async function tabTo(page: Page, target: Locator, most: number): Promise<boolean> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}
