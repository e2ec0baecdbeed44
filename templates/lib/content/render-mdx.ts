/**
 * Renders an MDX body to HTML in the content layer, with the compiler and settings Astro's MDX
 * integration uses (Sätteri: GFM, smart punctuation, heading ids, code highlighting). Astro would
 * otherwise bundle every MDX file as a JavaScript module on every build, the largest share of a
 * rebuild at 1,000 pages (issue 7); HTML made here is kept in the content store and made again
 * only when the file changes.
 *
 * A file that imports or exports code, or shows an image from the assembly's folder (which Astro
 * optimises), needs Astro's own pipeline: `renderMdx` then returns undefined, and so it does when
 * evaluating fails, so Astro reports the problem exactly as it would have.
 */
import { defineMdastPlugin, mdxToJs, type Features, type HastPluginEntry } from 'satteri';
import { isSatteriProcessor, satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { Fragment, htmlOf, jsx, jsxs, StaticHtml } from '../html-jsx.ts';

export interface MdxHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedMdx {
  html: string;
  headings: MdxHeading[];
}

type HighlightSettings = Parameters<typeof satteriCreateHighlightFn>;

/** What rendering depends on, from Astro's Markdown settings, which its MDX integration follows. */
export interface MdxRenderSettings {
  syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'];
  shikiConfig: AstroConfig['markdown']['shikiConfig'];
  features: Features;
}

/**
 * The settings Astro's MDX integration would use with this Markdown configuration, or undefined
 * when its processor is not Sätteri's alone (another processor, or added plugins): then every file
 * goes through Astro's pipeline, so the output is the same.
 */
export function mdxRenderSettings(markdown: AstroConfig['markdown']): MdxRenderSettings | undefined {
  const processor = markdown.processor;
  if (!isSatteriProcessor(processor)) return undefined;
  const { mdastPlugins, hastPlugins, features } = processor.options;
  if (mdastPlugins.length > 0 || hastPlugins.length > 0) return undefined;
  // As @astrojs/markdown-satteri's MDX processor: the older markdown.gfm and markdown.smartypants win over booleans.
  const { gfm, smartPunctuation } = features;
  return {
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    features: {
      ...features,
      gfm: typeof gfm === 'object' ? gfm : (markdown.gfm ?? gfm ?? true) !== false,
      smartPunctuation: typeof smartPunctuation === 'object' ? smartPunctuation : (markdown.smartypants ?? smartPunctuation ?? true) !== false,
    },
  };
}

/** Marks what only Astro's module pipeline can render. */
function moduleOnlySyntax(found: { needsModule: boolean }) {
  return defineMdastPlugin({
    name: 'module-only-syntax',
    mdxjsEsm() {
      found.needsModule = true;
    },
    image(node) {
      // Addresses on the web or from the site's root stay as they are; others are files Astro imports.
      if (!URL.canParse(node.url) && !node.url.startsWith('/')) found.needsModule = true;
    },
  });
}

export type MdxRenderer = (body: string) => Promise<RenderedMdx | undefined>;

export function mdxRenderer(settings: MdxRenderSettings): MdxRenderer {
  // Shiki takes a while to start; only a file with a code block waits for it.
  let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  const highlight = async (code: string, lang: string, meta?: string) => {
    highlighter ??= satteriCreateHighlightFn(...([settings.syntaxHighlight, settings.shikiConfig] as HighlightSettings));
    const fn = await highlighter;
    return fn!(code, lang, meta);
  };
  const excludeLangs = typeof settings.syntaxHighlight === 'object' ? settings.syntaxHighlight.excludeLangs : undefined;

  return async (body) => {
    const found = { needsModule: false };
    const astro = { frontmatter: {}, headings: [] as MdxHeading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
    const hastPlugins: HastPluginEntry[] = [satteriHeadingIdsPlugin()];
    if (settings.syntaxHighlight) hastPlugins.unshift(satteriHighlightPlugin(highlight, excludeLangs));
    try {
      const { code, data } = await mdxToJs(body, {
        mdastPlugins: [moduleOnlySyntax(found)],
        hastPlugins,
        features: settings.features,
        optimizeStatic: { component: 'StaticHtml', prop: 'set:html' },
        outputFormat: 'function-body',
        elementAttributeNameCase: 'html',
        data: { astro },
      });
      if (found.needsModule) return undefined;
      const exports = new Function(code)({ Fragment, jsx, jsxs }) as { default: (props: object) => Parameters<typeof htmlOf>[0] };
      const html = htmlOf(exports.default({ components: { StaticHtml } }));
      return { html, headings: (data.astro as typeof astro | undefined)?.headings ?? [] };
    } catch {
      return undefined;
    }
  };
}
