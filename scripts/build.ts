/**
 * npm run build [-- --assembly <id>] [--base /path/] [--out dist] [--cache-dir dir] [--incremental]
 * [--as-of 2027-09-30] [--with-examples] [--mdx-through-astro]: check, then build the site (as it will be
 * on that day, with --as-of). The examples are left out once the folder holds an assembly of your own,
 * unless asked. --mdx-through-astro renders every MDX file with Astro's own MDX pipeline, for comparison.
 */
import './unexpected-errors.ts';
import { buildSite } from './lib/build/build-site.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { assembliesDir } from '../templates/lib/config/load-all.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const result = await buildSite({
  root: process.cwd(),
  only: stringOption(args, 'assembly'),
  base: stringOption(args, 'base'),
  outDir: stringOption(args, 'out'),
  cacheDir: stringOption(args, 'cache-dir'),
  incremental: args.options['incremental'] === true,
  withExamples: args.options['with-examples'] === true,
  mdxThroughAstro: args.options['mdx-through-astro'] === true,
  assembliesDir: assembliesDir(),
  colour: wantsColour(process.stdout),
  debug: args.options['debug'] === true,
});
process.exitCode = result.ok ? 0 : 1;
