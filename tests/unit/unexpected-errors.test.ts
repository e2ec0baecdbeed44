/**
 * An error nothing expected ends in a short message and a way to see the details (--debug), never
 * a stack trace alone; a build that fails inside Astro says why without stack lines (issue 15).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFailureMessage } from '../../scripts/lib/build/build-failure.ts';
import { unexpectedErrorMessage } from '../../scripts/unexpected-errors.ts';

const stackLine = /^\s+at\s/m;
/** A script that loads the handler, as every script does, then fails. */
const failing = "import './scripts/unexpected-errors.ts'; await Promise.resolve(); throw new TypeError('Cannot read properties of undefined (reading \\'x\\')');";

describe('unexpected errors', () => {
  it('are one short message with what to do', () => {
    const message = unexpectedErrorMessage(new Error('\u001b[31mboom\u001b[39m\n    at somewhere (file.ts:1:1)'));
    expect(message).toMatch(/^The generator stopped on something it did not expect: boom\n/);
    expect(message).toContain('--debug');
    expect(message).not.toMatch(stackLine);
  });

  it('end a script with that message and exit 1, or with the whole error under --debug', () => {
    const plain = spawnSync(process.execPath, ['--input-type=module', '-e', failing], { encoding: 'utf8' });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('did not expect: Cannot read properties of undefined');
    expect(plain.stderr).not.toMatch(stackLine);
    const debug = spawnSync(process.execPath, ['--input-type=module', '-e', failing, '--', '--debug'], { encoding: 'utf8' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(stackLine);
  });
});

describe('a build that failed inside Astro', () => {
  it('says why, without colour codes, stack lines or the bundler\'s wrapping, with the project path left out', () => {
    const error = new Error(
      'Build failed with 1 error:\n[plugin astro:assets:esm]\n\u001b[31mNoImageMetadata\u001b[39m: Could not process image metadata for `/work/site/assemblies/a/files/x.png`.\n    at imageMetadata (file:///work/site/node_modules/astro/dist/x.js:8:11)',
    );
    const message = buildFailureMessage(error, '/work/site');
    expect(message).toBe(
      'The build failed: NoImageMetadata: Could not process image metadata for `assemblies/a/files/x.png`.\nRun npm run check to see every problem in the assembly files, or build again with --debug for the details.',
    );
  });
});
