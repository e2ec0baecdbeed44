/** axe-core finds no WCAG 2.2 A or AA violation on any page of the examples, in a real browser (G55). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';
import { contentPages, pageUrlPath } from '../support/pages.ts';
import { smallTargets } from '../support/target-size.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = inject('exampleSite');
const pages = contentPages(site).map(pageUrlPath);

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe('accessibility of every page (axe-core, WCAG 2.2 A and AA)', () => {
  const served = useServedSite(site);

  it('finds targets that are too small and too close, but not links in a sentence or in a closed menu', async () => {
    const page = await served.browser.newPage();
    await page.setContent(
      '<p>Read <a href="#a">the report</a> now.</p><div><a href="#b" style="font-size:10px">b</a><a href="#c" style="font-size:10px">c</a></div><p><a href="#d" style="display:inline-block;padding:8px">Wide enough</a></p>' +
        '<details style="margin-top:40px"><summary style="padding:8px">Menu</summary><a href="#e" style="font-size:10px">e</a><a href="#f" style="font-size:10px">f</a></details>',
    );
    expect(await page.evaluate(smallTargets)).toEqual([expect.stringMatching(/^<a> "b" is/), expect.stringMatching(/^<a> "c" is/)]);
    await page.close();
  });

  it('finds a locked orientation with the stylesheets fetched, as each set of stylesheets is checked', async () => {
    const page = await served.browser.newPage();
    const orientationViolations = async (css: string) => {
      await page.goto(`${served.url}/404.html`);
      await page.addStyleTag({ content: css });
      await page.addScriptTag({ content: axeSource });
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run({ runOnly: { type: 'rule', values: ['css-orientation-lock'] }, resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
    };
    expect(await orientationViolations('@media (orientation: portrait) { body { transform: rotate(90deg); } }')).toEqual(['css-orientation-lock']);
    expect(await orientationViolations('@media (orientation: portrait) { body { margin: 1rem; } }')).toEqual([]);
    await page.close();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  // Every page of every example is loaded once, two tabs at a time (the examples have a few hundred
  // pages), and checked at a narrow phone's width, a phone's and a desktop's.
  it('at 320px reflows (WCAG 1.4.10) with targets big or spaced enough (WCAG 2.5.8); at 390px and 1280px axe finds no violation; and no page requests anything from another host', { timeout: 900_000 }, async () => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 900 } });
    // Nothing is requested from another host on load (the README promises that nothing tracks visitors; issue 15).
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(served.url) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    // Given to the browser once, run as each page loads: injecting it into every page took longer than axe itself.
    await context.addInitScript({ content: axeSource });
    const wide: string[] = [];
    const small: string[] = [];
    const found: string[] = [];
    const queue = [...pages];
    /** The sets of stylesheets already checked for a locked orientation. */
    const stylesChecked = new Set<string>();
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${served.url}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
        // A label long enough to take the row leaves its value a letter wide, one letter per line.
        const squeezed = await page.evaluate(() =>
          [...document.querySelectorAll('dd')].filter((dd) => dd.textContent!.trim().length > 3 && dd.getBoundingClientRect().width < 96).map((dd) => dd.textContent!.trim()),
        );
        for (const value of squeezed) wide.push(`${path}: "${value.slice(0, 40)}" squeezed into a narrow column`);
        for (const target of await page.evaluate(smallTargets)) small.push(`${path}: ${target}`);

        // Only the stylesheets decide whether orientation is locked (WCAG 1.3.4): that one rule needs
        // axe to fetch and parse them, which doubled each run, so it runs once per set of stylesheets.
        const styles = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? 'inline').join(' '));
        const checkStyles = !stylesChecked.has(styles);
        stylesChecked.add(styles);
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const violations = await page.evaluate(async (withStyles) => {
            const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
            // Only violations are wanted: collecting the passes too took about 40% more time.
            const tags = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] };
            const result = await axe.run({ ...tags, preload: false });
            const orientation = withStyles ? (await axe.run({ runOnly: { type: 'rule', values: ['css-orientation-lock'] }, resultTypes: ['violations'] })).violations : [];
            return [...result.violations.filter((v) => v.id !== 'css-orientation-lock'), ...orientation];
          }, checkStyles && width === 390);
          for (const v of violations) found.push(`${path} at ${width}px: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    await context.close();
    expect(wide.sort()).toEqual([]);
    expect(small.sort()).toEqual([]);
    expect(outside).toEqual([]);
    expect(stylesChecked.size).toBeGreaterThan(0);
    expect(found.sort()).toEqual([]);
  });
});
