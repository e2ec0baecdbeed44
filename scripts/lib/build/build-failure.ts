/**
 * What a build that failed inside Astro says (issue 15): the error's own words, without colour
 * codes, stack lines or the bundler's wrapping, and what to do next. The check catches what it
 * can before the build starts; this is for the rest.
 */
import { stripVTControlCharacters } from 'node:util';

export function buildFailureMessage(error: unknown, root: string): string {
  const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at\s/.test(line) && !/^Build failed with \d+ errors?:?$/.test(line) && !/^\[plugin [^\]]*\]$/.test(line))
    .map((line) => line.replaceAll(`${root}/`, ''));
  const said = lines.slice(0, 5).join(' ') || 'no reason given';
  return `The build failed: ${said}\nRun npm run check to see every problem in the assembly files, or build again with --debug for the details.`;
}
