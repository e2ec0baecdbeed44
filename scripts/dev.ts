/**
 * npm run dev [-- --assembly <id>] [--as-of 2027-09-30] [--port 4321]: check, then a local server that updates as
 * files change, and shows any problem in the browser until it is fixed (scripts/lib/dev/problems-page.ts).
 */
import './unexpected-errors.ts';
import { prepareAstroEnvironment } from './lib/build/build-site.ts';
import { loadAll, withMdxChecked } from '../templates/lib/config/load-all.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { devAfterFixing } from './lib/dev/problems-page.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const only = stringOption(args, 'assembly');
const withExamples = args.options['with-examples'] === true;
const { problems, checked } = withMdxChecked(loadAll({ withExamples, ...(only ? { only } : {}) }));
// The server starts anyway: its pages show these problems until a save fixes them.
if (problems.length > 0) console.log(problemReport(problems, checked, { colour: wantsColour(process.stdout), afterFixing: devAfterFixing }));
prepareAstroEnvironment({ only, withExamples });
const { dev } = await import('astro');
const port = stringOption(args, 'port');
await dev({ root: process.cwd(), ...(port ? { server: { port: Number(port) } } : {}) });
