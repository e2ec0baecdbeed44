/** Browser tests' helpers: a served site and a browser for a test file, and keyboard steps. */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';


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
