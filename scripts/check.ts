/**
 * npm run check [-- --assembly <id>] [--strict] [--json] [--as-of 2027-09-30]: validate every
 * assembly without building, then say what is scheduled to appear and when, and what the guidance
 * expects of each one in its current phase and what is missing, judged on what is published.
 * --strict fails when a MUST item is missing (for CI); --json prints the same for tools.
 */
import './unexpected-errors.ts';
import { loadAll, withMdxChecked } from '../templates/lib/config/load-all.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { errorsIn } from '../templates/lib/config/problems.ts';
import { problemReport } from '../templates/lib/config/report.ts';
import { publishedAsOf, withheldLines } from '../templates/lib/site/embargo.ts';
import { buildDate } from '../templates/lib/site/phase.ts';
import { assess, missingMusts } from '../templates/lib/transparency/assess.ts';
import { registerEntryAt } from '../templates/lib/data/register.ts';
import { pdfIsMade } from '../templates/lib/report/pdf.ts';
import { transparencyReport } from '../templates/lib/transparency/text-report.ts';
import { coverageLines, interfaceCoverage } from '../templates/lib/i18n/coverage.ts';
import { applyAsOf, readArgs, stringOption } from './args.ts';

const args = readArgs();
applyAsOf(args);
const only = stringOption(args, 'assembly');
const { assemblies, problems, checked } = withMdxChecked(loadAll({ withExamples: args.options['with-examples'] === true, ...(only ? { only } : {}) }));
const failed = errorsIn(problems).length > 0;
const now = buildDate();
// Only what is published by now counts: a report scheduled for next year is not met today.
const assessed = failed
  ? []
  : // One report per assembly: its versions in other languages share its record (languages.ts).
    assemblies.filter((a) => !a.translationOf).map((a) => {
      const published = publishedAsOf({ config: a.config, chapters: a.report, news: a.news }, now);
      return {
        id: a.id,
        dir: a.dir,
        withheld: published.withheld,
        assessment: assess({ config: published.config, chapters: published.chapters.length, news: published.news.length }, now),
        register: registerEntryAt(published.config, now, pdfIsMade(published.chapters.length)),
        // The site's own words in each of the assembly's languages: what is still English or unreviewed (issue 19).
        interfaceLanguages: (a.versions?.map((v) => v.tag) ?? [a.config.language]).map(interfaceCoverage),
      };
    });
const mustsMissing = assessed.some((a) => missingMusts(a.assessment).length > 0);
const strictFailure = args.options['strict'] === true && mustsMissing;

if (args.options['json'] === true) {
  const json = {
    problems,
    assemblies: assessed.map(({ id, assessment, withheld, register, interfaceLanguages }) => ({ id, ...assessment, withheld, register, interfaceLanguages })),
  };
  console.log(JSON.stringify(json, null, 2));
} else {
  (failed ? console.error : console.log)(problemReport(problems, checked, { colour: wantsColour(failed ? process.stderr : process.stdout) }));
  for (const { id, dir, assessment, withheld, register, interfaceLanguages } of assessed) {
    console.log(`\n${transparencyReport(id, dir, assessment)}`);
    if (register.problems.length > 0) {
      console.log(`  Citizens' Assembly Register: its pipeline would not take the entry ${register.entry.unique_id} as it is (${register.problems.length}):\n${register.problems.map((p) => `    ${p}`).join('\n')}`);
    }
    for (const language of interfaceLanguages) {
      const coverage = coverageLines(language);
      if (coverage.length > 0) console.log(`  The site's own words in ${language.tag}:\n${coverage.map((line) => `    ${line}`).join('\n')}`);
    }
    if (withheld.length > 0) console.log(`  Not on the site yet (${withheld.length}):\n${withheldLines(withheld).map((line) => `    ${line}`).join('\n')}`);
  }
  if (strictFailure) console.error('\nA MUST item of the guidance is missing for this phase (--strict). Add it, then run the check again.');
}
process.exitCode = failed || strictFailure ? 1 : 0;
