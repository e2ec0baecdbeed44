/**
 * Imported first by every script, so that an error the generator did not expect ends in a short
 * message and a way to see the details, never in a stack trace alone (issue 15). With --debug the
 * whole error is printed instead.
 */
import { stripVTControlCharacters } from 'node:util';

export function unexpectedErrorMessage(error: unknown): string {
  const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'no message';
  return [
    `The generator stopped on something it did not expect: ${first.length > 300 ? `${first.slice(0, 300)}…` : first}`,
    'Your files have not been changed, and nothing was published. Run the same command again with --debug at the end',
    '(after --, as in: npm run build -- --debug) to see the details, and please report them to the generator\'s maintainers.',
  ].join('\n');
}

const debug = process.argv.includes('--debug');
const stop = (error: unknown) => {
  console.error(debug ? error : unexpectedErrorMessage(error));
  process.exit(1);
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);
