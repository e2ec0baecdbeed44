/** npm run dev [-- --assembly <id>]: a local server that rebuilds pages as files change. */
import { readArgs, stringOption } from './args.ts';

const only = stringOption(readArgs(), 'assembly');
if (only) process.env['ASSEMBLY_ONLY'] = only;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { dev } = await import('astro');
await dev({ root: process.cwd() });
