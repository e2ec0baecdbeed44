/** npm run check [-- --assembly <id>]: validate every assembly without building. */
import { loadAll, listAssemblyIds, assembliesDir } from '../templates/lib/config/load-all.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const only = stringOption(args, 'assembly');
const { problems } = loadAll(only ? { only } : {});
const checked = only ? 1 : listAssemblyIds(assembliesDir()).length;
const output = problemReport(problems, checked);
(errorsIn(problems).length > 0 ? console.error : console.log)(output);
process.exitCode = errorsIn(problems).length > 0 ? 1 : 0;
