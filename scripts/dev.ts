/** npm run dev [-- --assembly <id>] [--as-of 2027-09-30]: check, then a local server that updates as files change. */
import { prepareAstroEnvironment } from '../templates/lib/build/build-site.ts';
import { loadAll, withMdxChecked } from '../templates/lib/config/load-all.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const only = stringOption(args, 'assembly');
const withExamples = args.options['with-examples'] === true;
const { problems, checked } = withMdxChecked(loadAll({ withExamples, ...(only ? { only } : {}) }));
if (problems.length > 0) console.log(problemReport(problems, checked, { colour: wantsColour(process.stdout) }));
if (errorsIn(problems).length > 0) process.exit(1);
prepareAstroEnvironment({ only, withExamples });
const { dev } = await import('astro');
await dev({ root: process.cwd() });
