/** npm run dev [-- --assembly <id>]: a local server that rebuilds pages as files change. */
import { prepareAstroEnvironment } from '../templates/lib/build/build-site.ts';
import { readArgs, stringOption } from './args.ts';

prepareAstroEnvironment({ only: stringOption(readArgs(), 'assembly') });
const { dev } = await import('astro');
await dev({ root: process.cwd() });
