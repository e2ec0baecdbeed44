/**
 * Every case of the bad-input corpus (tests/support/bad-input.ts) run through the build over a
 * folder holding a previous build: the build fails, prints the expected messages and no stack
 * trace, and leaves the previous output byte for byte as it was. Every case goes through the
 * build itself (buildSite, in this process: it stops before Astro starts); a few of each kind
 * also through `npm run build` as a user runs it, for its exit code and plain output.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll, withMdxChecked } from '../../templates/lib/config/load-all.ts';
import { errorsIn } from '../../templates/lib/config/problems.ts';
import { buildSite } from '../../scripts/lib/build/build-site.ts';
import { badInputCases, type BadInputCase } from '../support/bad-input.ts';

/** Cases with an error; the few with only warnings build, and the unit test covers their messages. */
const invalid = badInputCases().filter(({ assemblies, only }) => errorsIn(withMdxChecked(loadAll({ dir: assemblies, ...(only ? { only } : {}) })).problems).length > 0);

/** A line of a stack trace, as Node prints one. */
const stackLine = /^\s+at\s.*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** Node keeps the compiled scripts here, so the hundred-odd runs start faster. */
const compileCache = mkdtempSync(join(tmpdir(), 'node-compile-cache-'));

function run(args: string[], assemblies: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', ...args], {
      env: { ...process.env, ASSEMBLIES_DIR: assemblies, NO_COLOR: '1', FORCE_COLOR: '', NODE_COMPILE_CACHE: compileCache },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A digest of every file in `dir`, names and bytes. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(join(dir, name)));
    } catch {
      hash.update('/'); // a folder
    }
  }
  return hash.digest('hex');
}

/** A folder that looks like the output of an earlier build. */
function previousOutput(): string {
  const out = mkdtempSync(join(tmpdir(), 'previous-build-'));
  mkdirSync(join(out, 'alpha'));
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Earlier build</title>\n');
  writeFileSync(join(out, 'alpha', 'index.html'), '<!doctype html><title>Earlier page</title>\n');
  return out;
}

/** One case of each kind, run through the command itself: a YAML mistake, an MDX mistake, several assemblies side by side, one assembly of a folder. */
const throughTheCommand = (cases: readonly BadInputCase[]) => [
  cases.find((c) => c.name === 'duplicate-session-id'),
  cases.find((c) => c.assemblies.includes('invalid-mdx')),
  cases.find((c) => c.assemblies.includes('invalid-together')),
  cases.find((c) => c.only !== undefined && !c.assemblies.includes('invalid-mdx')),
].filter((c): c is BadInputCase => c !== undefined);

function expectRefused(output: string, expected: readonly string[]): void {
  expect(output).not.toMatch(stackLine);
  expect(output).not.toMatch(/\x1b\[/);
  for (const line of expected) expect(output).toContain(line);
  expect(output).toContain('was left as it was');
}

describe('bad input, through the build', () => {
  it('covers at least 100 invalid cases, and runs some of each kind through the command', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(100);
    expect(throughTheCommand(invalid)).toHaveLength(4);
  });

  it.each(invalid.map((c) => [c.name, c] as const))('%s: fails with the expected messages, no stack trace, and the old output untouched', async (_, { assemblies, only, expected }) => {
    const out = previousOutput();
    const before = digest(out);
    const lines: string[] = [];
    const result = await buildSite({ root: process.cwd(), assembliesDir: assemblies, only, outDir: out, log: (line) => lines.push(line) });
    expect(result.ok).toBe(false);
    expectRefused(lines.join('\n'), expected);
    expect(digest(out)).toBe(before);
  });

  it.concurrent.each(throughTheCommand(invalid).map((c) => [c.name, c] as const))('npm run build on %s: exits 1 with the same messages, and the old output untouched', async (_, { assemblies, only, expected }) => {
    const out = previousOutput();
    const before = digest(out);
    const { status, output } = await run(['--out', out, '--cache-dir', join(out, '..', `${out.split('/').at(-1)}-cache`), ...(only ? ['--assembly', only] : [])], assemblies);
    expect(status).toBe(1);
    expectRefused(output, expected);
    expect(digest(out)).toBe(before);
  });
});
