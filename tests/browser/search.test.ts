/** Site search in a real browser: Pagefind with filters and the keyboard, and the A to Z without JavaScript. */
import { describe, expect, inject, it } from 'vitest';
import { tabTo, useServedSite } from '../support/browser.ts';

const site = inject('exampleSite');
const served = useServedSite(site);

describe('search', () => {
  it('finds a talk by a word from its transcript, filters it, and opens it from the keyboard', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}/greater-cambridge-2019/search/`);
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill('pollution');
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'Air quality and health in Greater Cambridge' });
    await result.waitFor();

    // Only this assembly's pages are searched to begin with.
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links.every((href) => href?.startsWith('/greater-cambridge-2019/'))).toBe(true);

    // Filter by content type: Evidence keeps the talk, Session would not. On a loaded machine
    // Pagefind UI can show the first results before its filter list has loaded; like a visitor,
    // search again and the filters appear.
    const typeFilter = page.locator('.pagefind-ui__filter-name', { hasText: 'Type' });
    if (!(await typeFilter.waitFor({ timeout: 15_000 }).then(() => true, () => false))) {
      await input.fill('pollutio');
      await input.fill('pollution');
    }
    // The filter list can be drawn again as results arrive, closing the group: open it until its options show.
    const evidenceFilter = page.getByLabel(/^Evidence \(\d+\)$/);
    for (let tries = 0; tries < 5 && !(await evidenceFilter.isVisible()); tries++) {
      await typeFilter.click();
      await evidenceFilter.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    }
    await evidenceFilter.check();
    // The list refreshes after the filter applies: wait until it shows evidence only.
    await page.waitForFunction(() => {
      const hrefs = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.getAttribute('href') ?? '');
      return hrefs.length > 0 && hrefs.every((href) => href.includes('/evidence/'));
    }, undefined, { timeout: 10_000 });
    await result.waitFor();
    const types = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((href) => href?.includes('/evidence/'))).toBe(true);

    // Keyboard: from the search box, tab to the result and open it.
    await input.focus();
    // Past the Clear button and every filter group and option that is open.
    expect(await tabTo(page, result, 120)).toBe(true);
    await Promise.all([page.waitForURL('**/greater-cambridge-2019/evidence/air-quality-briefing/'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Air quality and health in Greater Cambridge');
    await page.close();
  });

  it('takes a query from the search box in the header', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}/riverside-2027/about/`);
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('hydrology');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/riverside-2027/search/?q=hydrology');
    await page.locator('.pagefind-ui__result-link', { hasText: 'Dr Nia Okafor' }).first().waitFor();
    await page.close();
  });

  it('has one search box on the search page, with a visible label, and on a phone puts results before filters', async () => {
    const page = await served.browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${served.url}/riverside-2027/search/?q=flooding`);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // The header's search box is left out here: Pagefind's is the only one, and its label shows.
    await expect(page.locator('input[type="search"], input.pagefind-ui__search-input').count()).resolves.toBe(1);
    await expect(page.locator('label[for="search-input"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-input').evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).resolves.toBe('Search this site');
    const results = await page.locator('.pagefind-ui__results-area').boundingBox();
    const filters = await page.locator('.pagefind-ui__filter-panel').boundingBox();
    if (filters) expect(results!.y).toBeLessThan(filters.y);
    await page.close();
  });

  it('leads to everything from A to Z without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}/riverside-2027/`);
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('flooding');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/riverside-2027/search/?q=flooding');
    await expect(page.getByText('Searching needs JavaScript, which is off in this browser or has not loaded.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Everything on this site, A to Z' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Why Riverside floods', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Why Riverside floods');
    await context.close();
  });
});
