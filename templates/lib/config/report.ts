/** The text `npm run check` and `npm run build` print about problems. */
import { errorsIn, formatProblem, summarise, type Problem } from './problems.ts';

export function problemReport(problems: readonly Problem[], checked: number): string {
  const lines = problems.map(formatProblem);
  const noun = checked === 1 ? 'assembly' : 'assemblies';
  if (problems.length === 0) return `Checked ${checked} ${noun}: no problems found.`;
  const verdict = errorsIn(problems).length > 0 ? 'Fix the errors above, then run the command again.' : 'Warnings do not stop the build, but fix them before you publish.';
  return [...lines, '', `Checked ${checked} ${noun}: ${summarise(problems)}. ${verdict}`].join('\n');
}
