/**
 * Focus you can see (issue 17; WCAG 2.4.7, 1.4.11, and the area of 2.4.13): tabbing through each
 * kind of page, every element that takes focus changes, when focused, an area at least as large as
 * a 2 px line around it, to colours with a contrast of at least 3:1 against what was there before.
 * Measured on screenshots, so it catches what axe cannot (a header colour overriding the focus style).
 */
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contrastRatio } from '../../templates/lib/colour-contrast.ts';
import { useServedSite } from '../support/browser.ts';

const site = inject('exampleSite');
const served = useServedSite(site);

const pageTypes = [
  'riverside-2027/',
  'riverside-2027/sessions/',
  'riverside-2027/sessions/learning-1/',
  'riverside-2027/speakers/',
  'greater-cambridge-2019/recommendations/',
  'greater-cambridge-2019/report/introduction/',
  'greater-cambridge-2019/response/',
  'riverside-2027/data/',
  'riverside-2027/search/',
];

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

async function pixels(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const { data, info } = await sharp(await page.screenshot({ clip })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels that changed on focus to a colour at least 3:1 against the colour before. */
function visibleChange(before: Buffer, after: Buffer): number {
  let count = 0;
  for (let i = 0; i < before.length; i += 3) {
    if (before[i] === after[i] && before[i + 1] === after[i + 1] && before[i + 2] === after[i + 2]) continue;
    if (contrastRatio(hex(before[i]!, before[i + 1]!, before[i + 2]!), hex(after[i]!, after[i + 1]!, after[i + 2]!)) >= 3) count++;
  }
  return count;
}

/** Tabs through the page and returns each focused element whose focus cannot be seen well enough. */
async function weakFocus(page: Page, most = 60): Promise<string[]> {
  const weak: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const path = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      // The text's own colours while focused, when the focus style gives it a background.
      const style = getComputedStyle(el);
      const rgb = (value: string) => value.match(/[\d.]+/g)!.map(Number);
      const background = rgb(style.backgroundColor);
      const text = background.length === 3 || background[3] === 1 ? { color: rgb(style.color).slice(0, 3), background: background.slice(0, 3) } : undefined;
      return { path, x: r.left, y: r.top, width: r.width, height: r.height, text };
    });
    if (!target || seen.has(`${target.path}@${Math.round(target.y)}`)) break;
    seen.add(`${target.path}@${Math.round(target.y)}`);
    const margin = 8;
    const viewport = page.viewportSize()!;
    const x = Math.max(0, Math.floor(target.x - margin));
    const y = Math.max(0, Math.floor(target.y - margin));
    const clip = { x, y, width: Math.min(viewport.width - x, Math.ceil(target.width + 2 * margin)), height: Math.min(viewport.height - y, Math.ceil(target.height + 2 * margin)) };
    if (clip.width <= 0 || clip.height <= 0) continue;
    const focused = await pixels(page, clip);
    // An element shown only while focused (the skip link) is its own indicator.
    const hidesUnfocused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.blur();
      const r = el.getBoundingClientRect();
      return r.width === 0 || r.height === 0 || r.bottom < 0 || r.right < 0;
    });
    if (hidesUnfocused) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      continue;
    }
    const unfocused = await pixels(page, clip);
    await page.evaluate((p) => {
      // Put focus back where it was, so the next Tab goes on from it.
      const candidates = [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary, [tabindex]')];
      candidates.find((el) => Math.round(el.getBoundingClientRect().top) === Math.round(p.y) && Math.round(el.getBoundingClientRect().left) === Math.round(p.x))?.focus();
    }, target);
    if (target.text) {
      const ratio = contrastRatio(hex(...(target.text.color as [number, number, number])), hex(...(target.text.background as [number, number, number])));
      if (ratio < 4.5) weak.push(`${target.path}: its text is ${ratio.toFixed(1)}:1 against its focus background, below 4.5:1`);
    }
    const needed = Math.min(2 * (target.width + target.height) * 2, target.width * target.height);
    const changed = visibleChange(unfocused.data, focused.data);
    if (changed < needed) weak.push(`${target.path}: ${changed} px change at 3:1, ${Math.round(needed)} needed`);
  }
  return weak;
}

describe('focus you can see', () => {
  it('finds a focus style that is too faint', async () => {
    const page = await served.browser.newPage({ viewport: { width: 800, height: 400 } });
    await page.setContent(
      '<style>body { background: #1d4f91; } a { color: #fff; } #a:focus { outline: 1px dotted #2d5fa1; } #b:focus { outline: 3px solid #fd0; } #c:focus { background: #fd0; outline: 3px solid #000; }</style>' +
        '<p><a id="a" href="#a">A faint focus</a></p><p><a id="b" href="#b">A clear one</a></p><p><a id="c" href="#c">White on yellow</a></p>',
    );
    const weak = await weakFocus(page, 3);
    expect(weak).toEqual([expect.stringMatching(/^a#a "A faint focus": \d+ px change/), expect.stringMatching(/^a#c "White on yellow": its text is 1\.\d:1 against its focus background/)]);
    await page.close();
  });

  it('on a phone, the Menu button, the search link and the opened menu show a clear change when focused', async () => {
    const page = await served.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${served.url}/greater-cambridge-2019/about/`);
    await page.locator('.nav__toggle').click();
    await page.locator('body').focus();
    expect(await weakFocus(page, 25)).toEqual([]);
    await page.close();
  }, 120_000);

  it.each(pageTypes)('%s: every focusable element shows a clear change when focused', async (path) => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}/${path}`);
    expect(await weakFocus(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
