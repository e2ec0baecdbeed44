/** Debian's Chromium, driven by playwright-core, with the flags this closed network needs. */
import { chromium, type Browser } from 'playwright-core';
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
