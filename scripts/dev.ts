/**
 * npm run dev [-- --assembly <id>] [--as-of 2027-09-30] [--port 4321]: check, then a local server that updates as
 * files change, and shows any problem in the browser until it is fixed (scripts/lib/dev/problems-page.ts).
 */
import './unexpected-errors.ts';
import { loadAll, withMdxChecked } from '../templates/lib/config/load-all.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { devAfterFixing } from './lib/dev/problems-page.ts';
import { quietAstroEnvironment } from './lib/astro/environment.ts';
import { siteConfig } from './lib/astro/site-config.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const only = stringOption(args, 'assembly');
const withExamples = args.options['with-examples'] === true;
const result = withMdxChecked(loadAll({ withExamples, ...(only ? { only } : {}) }));
// The server starts anyway: its pages show these problems until a save fixes them.
if (result.problems.length > 0) console.log(problemReport(result.problems, result.checked, { colour: wantsColour(process.stdout), afterFixing: devAfterFixing }));
quietAstroEnvironment();
const { dev } = await import('astro');
const port = stringOption(args, 'port');
await dev({ ...siteConfig({ only, withExamples, checked: result }), configFile: false, root: process.cwd(), ...(port ? { server: { port: Number(port) } } : {}) });
