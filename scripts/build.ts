/**
 * npm run build [-- --assembly <id>] [--base /path/] [--out dist] [--cache-dir dir] [--incremental]:
 * check, then build the site.
 */
import { buildSite } from '../templates/lib/build/build-site.ts';
import { assembliesDir } from '../templates/lib/config/load-all.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const result = await buildSite({
  root: process.cwd(),
  only: stringOption(args, 'assembly'),
  base: stringOption(args, 'base'),
  outDir: stringOption(args, 'out'),
  cacheDir: stringOption(args, 'cache-dir'),
  incremental: args.options['incremental'] === true,
  assembliesDir: assembliesDir(),
});
process.exitCode = result.ok ? 0 : 1;
