/**
 * npm run preview [-- --out dist] [--base /path/] [--port 4321]: serve the last build locally, at the path it was
 * built for (the path of site.url for one assembly built alone), so every link and asset works.
 */
import './unexpected-errors.ts';
import { existsSync } from 'node:fs';
import { builtBase, normaliseBase } from './lib/build/build-site.ts';
import { quietAstroEnvironment } from './lib/astro/environment.ts';
import { siteConfig } from './lib/astro/site-config.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const outDir = stringOption(args, 'out') ?? 'dist';
if (!existsSync(outDir)) {
  console.error(`There is no built site in ${outDir}/. Run npm run build first.`);
  process.exit(1);
}
const base = normaliseBase(stringOption(args, 'base') ?? builtBase(process.cwd(), outDir));
quietAstroEnvironment();
const { preview } = await import('astro');
const port = stringOption(args, 'port');
const server = await preview({ ...siteConfig(), configFile: false, root: process.cwd(), outDir, base, logLevel: 'warn', ...(port ? { server: { port: Number(port) } } : {}) });
console.log(`Serving ${outDir}/ at http://localhost:${server.port}${base} (press Ctrl+C to stop)`);
