/**
 * npm run check [-- --assembly <id>] [--strict] [--json]: validate every assembly without building,
 * then say what the guidance expects of each one in its current phase and what is missing.
 * --strict fails when a MUST item is missing (for CI); --json prints the same for tools.
 */
import { loadAll } from '../templates/lib/config/load-all.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { buildDate } from '../templates/lib/site/phase.ts';
import { assess, missingMusts } from '../templates/lib/transparency/assess.ts';
import { transparencyReport } from '../templates/lib/transparency/text-report.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const only = stringOption(args, 'assembly');
const { assemblies, problems, checked } = loadAll(only ? { only } : {});
const failed = errorsIn(problems).length > 0;
const now = buildDate();
const assessed = failed
  ? []
  : assemblies.map((a) => ({ id: a.id, dir: a.dir, assessment: assess({ config: a.config, chapters: a.report.length, news: a.news.length }, now) }));
const mustsMissing = assessed.some((a) => missingMusts(a.assessment).length > 0);
const strictFailure = args.options['strict'] === true && mustsMissing;

if (args.options['json'] === true) {
  const json = {
    problems,
    assemblies: assessed.map(({ id, assessment }) => ({ id, ...assessment })),
  };
  console.log(JSON.stringify(json, null, 2));
} else {
  (failed ? console.error : console.log)(problemReport(problems, checked));
  for (const { id, dir, assessment } of assessed) console.log(`\n${transparencyReport(id, dir, assessment)}`);
  if (strictFailure) console.error('\nA MUST item of the guidance is missing for this phase (--strict). Add it, then run the check again.');
}
process.exitCode = failed || strictFailure ? 1 : 0;
