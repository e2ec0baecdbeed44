/** MDX rendered to HTML in the content layer (templates/lib/content/render-mdx.ts) and its JSX runtime. */
import { describe, expect, it } from 'vitest';
import { Fragment, htmlOf, jsx } from '../../templates/lib/html-jsx.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxRenderer, mdxRenderSettings } from '../../templates/lib/content/render-mdx.ts';

// Astro's defaults, which astro.config.mjs keeps.
const markdown = {
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', themes: {}, wrap: false, transformers: [] },
  processor: satteri(),
} as unknown as Parameters<typeof mdxRenderSettings>[0];
const render = mdxRenderer(mdxRenderSettings(markdown)!);

describe('MDX rendered in the content layer', () => {
  it('renders Markdown with smart punctuation, heading ids, tables and footnotes', async () => {
    const rendered = await render('## What "we" heard -- so far...\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNoted[^1].\n\n[^1]: A note.\n');
    expect(rendered?.html).toContain('<h2 id="what-we-heard--so-far">What “we” heard – so far…</h2>');
    expect(rendered?.html).toContain('<td>1</td>');
    expect(rendered?.html).toContain('href="#user-content-fn-1"');
    expect(rendered?.headings[0]).toEqual({ depth: 2, slug: 'what-we-heard--so-far', text: 'What “we” heard – so far…' });
  });

  it('renders JSX elements and expressions, escaping text and attributes', async () => {
    const rendered = await render('<abbr title="Greater &quot;Cambridge&quot;">GC</abbr> has {2 * 3} parts and {"<b>"}.\n');
    expect(rendered?.html).toBe('<p><abbr title="Greater &quot;Cambridge&quot;">GC</abbr> has 6 parts and &lt;b&gt;.</p>');
  });

  it('highlights code blocks as Astro does', async () => {
    const rendered = await render('```js\nconst a = 1;\n```\n');
    expect(rendered?.html).toMatch(/^<pre class="astro-code github-dark"[^>]*data-language="js"><code>/);
  });

  it("leaves imports, exports and the folder's own images to Astro's module pipeline", async () => {
    expect(await render("import Chart from './chart.astro';\n\n<Chart />\n")).toBeUndefined();
    expect(await render('export const year = 2019;\n\nIn {year}.\n')).toBeUndefined();
    expect(await render('![A map](./map.png)\n')).toBeUndefined();
    expect((await render('![A map](https://example.org/map.png)\n'))?.html).toBe('<p><img src="https://example.org/map.png" alt="A map"></p>');
  });

  it("leaves every file to Astro when its Markdown processor has plugins this renderer would not run", () => {
    const plugin = { name: 'extra', text() {} };
    expect(mdxRenderSettings({ ...markdown, processor: satteri({ mdastPlugins: [plugin] }) })).toBeUndefined();
    expect(mdxRenderSettings({ ...markdown, smartypants: false })?.features).toMatchObject({ gfm: true, smartPunctuation: false });
  });

  it('leaves what it cannot evaluate to Astro, which reports it as before', async () => {
    expect(await render('{frontmatter.title}\n')).toBeUndefined();
    expect(await render('<p>unclosed\n')).toBeUndefined();
  });
});

describe('HTML JSX runtime', () => {
  it('writes void elements without closing tags and boolean attributes by name only', () => {
    expect(htmlOf(jsx('input', { type: 'checkbox', checked: true, disabled: false }))).toBe('<input type="checkbox" checked>');
  });
  it('joins fragments and nested arrays, skipping empty values', () => {
    expect(htmlOf(jsx(Fragment, { children: ['a', [null, 1, false], jsx('br', {})] }))).toBe('a1<br>');
  });
  it('writes a style object as declarations', () => {
    expect(htmlOf(jsx('span', { style: { color: 'red', 'font-weight': 'bold' }, children: 'x' }))).toBe('<span style="color:red;font-weight:bold">x</span>');
  });
});
