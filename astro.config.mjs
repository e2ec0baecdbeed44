// Astro builds the public site from templates/. The build script (scripts/build.ts) passes the
// output folder, base path and site URL; these defaults serve `npm run dev`.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devProblemsPage } from './scripts/lib/dev/problems-page.ts';

export default defineConfig({
  srcDir: './templates',
  output: 'static',
  trailingSlash: 'always',
  // One cached stylesheet for the whole site rather than a copy inlined in every page. Four pages
  // in flight at once: rendering waits on content and files, and overlapping those waits cut page
  // generation by about a third at 1,000 pages (npm run bench); the output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // In `npm run dev`, invalid files show their problems in the browser until fixed.
  integrations: [mdx(), devProblemsPage()],
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
});
