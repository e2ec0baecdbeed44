/** npm run preview [-- --out dist]: serve the built site locally. */
import { existsSync } from 'node:fs';
import { prepareAstroEnvironment } from '../templates/lib/build/build-site.ts';
import { readArgs, stringOption } from './args.ts';

const outDir = stringOption(readArgs(), 'out') ?? 'dist';
if (!existsSync(outDir)) {
  console.error(`There is no built site in ${outDir}/. Run npm run build first.`);
  process.exit(1);
}
prepareAstroEnvironment({});
const { preview } = await import('astro');
const server = await preview({ root: process.cwd(), outDir });
console.log(`Serving ${outDir}/ at http://localhost:${server.port}/ (press Ctrl+C to stop)`);
