/**
 * The floor a benchmark compares against: a bare Astro project with the same number of plain MDX
 * pages and about the same amount of text, no layout, no data and no search. Whatever our build
 * takes beyond this is our own cost.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const filler = 'Members heard evidence about homes transport and the countryside and discussed the options in small groups. ';

/** Writes a bare Astro + MDX project into `dir`, using the packages installed under `root`. */
export function writeFloorSite(dir: string, root: string, pages: number, wordsPerPage = 800): void {
  mkdirSync(join(dir, 'src', 'pages', 'page'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], output: 'static' });\n",
  );
  const sentence = filler.split(' ').length - 1;
  const body = filler.repeat(Math.max(1, Math.round(wordsPerPage / sentence)));
  for (let i = 1; i <= pages; i++) {
    writeFileSync(join(dir, 'src', 'pages', 'page', `${i}.mdx`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${body}\n`);
  }
}
