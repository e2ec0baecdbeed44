/**
 * The site's Astro config, in one place for `astro build` / `astro dev` (astro.config.mjs: the
 * defaults) and the npm scripts (which pass the options they were given).
 */
import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import { assemblySite, type AssemblySiteOptions } from './assembly-site.ts';

export function siteConfig(options: AssemblySiteOptions = {}): AstroUserConfig {
  return {
    srcDir: './templates',
    output: 'static',
    trailingSlash: 'always',
    // One cached stylesheet for the whole site rather than a copy inlined in every page. Four pages
    // in flight at once: rendering waits on content and files, and overlapping those waits cut page
    // generation by about a third at 1,000 pages (npm run bench); the output is the same.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    integrations: [mdx(), assemblySite(options)],
    devToolbar: { enabled: false },
    vite: {
      build: {
        rollupOptions: {
          // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's warning
          // about it is noise that would only confuse the people running the build.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    },
  };
}
