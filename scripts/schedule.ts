/**
 * npm run schedule [-- --assembly <id>] [--json] [--cron] [--github] [--as-of 2027-03-01]: the
 * moments from now on at which the site changes (sessions start and end, dated items appear,
 * deadlines pass), so a scheduler can rebuild then. --cron prints crontab lines that run the build,
 * in this computer's time zone as cron reads them; --github prints schedule entries (UTC) for the
 * GitHub Actions workflow in templates/deploy/.
 */
import './unexpected-errors.ts';
import { loadAll } from '../templates/lib/config/load-all.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { publishedAsOf } from '../templates/lib/site/embargo.ts';
import { buildDate } from '../templates/lib/site/phase.ts';
import { cronLines, githubScheduleLines, momentLine, moments } from '../templates/lib/site/schedule.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const only = stringOption(args, 'assembly');
const { assemblies, problems, checked } = loadAll({ withExamples: args.options['with-examples'] === true, ...(only ? { only } : {}) });
if (errorsIn(problems).length > 0) {
  console.error(problemReport(problems, checked, { colour: wantsColour(process.stderr) }));
  process.exit(1);
}
const now = buildDate();
const found = assemblies
  .flatMap((a) => moments(a.id, a.config, publishedAsOf({ config: a.config, chapters: a.report, news: a.news }, now).withheld, now))
  .sort((a, b) => a.at.getTime() - b.at.getTime());

if (args.options['json'] === true) {
  console.log(JSON.stringify(found.map((m) => ({ at: m.at.toISOString(), assembly: m.assembly, what: m.what })), null, 2));
} else if (args.options['cron'] === true) {
  // The command a council's server runs: one assembly alone, at its own address (deploying.md).
  const alone = only ?? (assemblies.length === 1 ? assemblies[0]!.id : undefined);
  const build = `cd ${process.cwd()} && npm run build${alone ? ` -- --assembly ${alone}` : ''}`;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  console.log([`# Rebuild the site a minute after each moment it changes. Times are in ${zone}, this computer's time zone, which cron uses.`, ...cronLines(found, build, zone)].join('\n'));
} else if (args.options['github'] === true) {
  console.log(['# Add these under "schedule:" in the workflow (GitHub runs schedules in UTC).', ...githubScheduleLines(found)].join('\n'));
} else if (found.length === 0) {
  console.log('Nothing on the site changes by date from now on. Rebuild after you edit it.');
} else {
  console.log(`The site changes at these moments; build after each (times in UTC):\n${found.map((m) => `  ${momentLine(m)}`).join('\n')}`);
}
