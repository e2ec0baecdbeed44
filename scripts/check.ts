/** npm run check [-- --assembly <id>]: validate every assembly without building. */
import { loadAll } from '../templates/lib/config/load-all.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { readArgs, stringOption } from './args.ts';

const only = stringOption(readArgs(), 'assembly');
const { problems, checked } = loadAll(only ? { only } : {});
const failed = errorsIn(problems).length > 0;
(failed ? console.error : console.log)(problemReport(problems, checked));
process.exitCode = failed ? 1 : 0;
