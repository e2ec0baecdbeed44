/** The text `npm run check` and `npm run build` print about problems; in colour only when asked (colour.ts). */
import { painter } from './colour.ts';
import { errorsIn, paintedProblem, summarise, type Problem } from './problems.ts';

export interface ReportOptions {
  colour?: boolean;
  /** What to do once the errors are fixed; by default, run the command again. */
  afterFixing?: string;
}

export function problemReport(problems: readonly Problem[], checked: number, options: ReportOptions = {}): string {
  const paint = painter(options.colour === true);
  const lines = problems.map((problem) => paintedProblem(problem, paint));
  const noun = checked === 1 ? 'assembly' : 'assemblies';
  if (problems.length === 0) return paint('green', `Checked ${checked} ${noun}: no problems found.`);
  const failed = errorsIn(problems).length > 0;
  const verdict = failed ? `Fix the errors above, then ${options.afterFixing ?? 'run the command again'}.` : 'Warnings do not stop the build, but fix them before you publish.';
  return [...lines, '', paint(failed ? ['bold', 'red'] : 'yellow', `Checked ${checked} ${noun}: ${summarise(problems)}.`) + ` ${verdict}`].join('\n');
}
