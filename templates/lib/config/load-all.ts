/** Finds and loads every assembly under the assemblies folder (or just one). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAssembly, type LoadedAssembly } from './load-assembly.ts';
import { didYouMean } from './did-you-mean.ts';
import { sortProblems, type Problem } from './problems.ts';

/** Where assemblies live; tests point this at fixtures with ASSEMBLIES_DIR. */
export function assembliesDir(root: string = process.cwd()): string {
  return resolve(root, process.env['ASSEMBLIES_DIR'] ?? 'assemblies');
}

export function listAssemblyIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

export interface LoadAllResult {
  assemblies: LoadedAssembly[];
  problems: Problem[];
  /** How many assemblies were checked, valid or not. */
  checked: number;
}

export function loadAll(options: { dir?: string; only?: string; root?: string } = {}): LoadAllResult {
  const root = options.root ?? process.cwd();
  const dir = options.dir ?? assembliesDir(root);
  const ids = listAssemblyIds(dir);
  const folderProblem = (message: string): LoadAllResult => ({
    assemblies: [],
    problems: [{ severity: 'error', file: dir, line: 1, column: 1, path: [], message }],
    checked: 0,
  });
  if (ids.length === 0) return folderProblem('There are no assemblies to build. Create one with: npm run new -- my-assembly');
  if (options.only && !ids.includes(options.only)) {
    const suggestion = didYouMean(options.only, ids);
    return folderProblem(`There is no assembly "${options.only}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Assemblies here: ${ids.join(', ')}.`);
  }
  const problems: Problem[] = [];
  const assemblies: LoadedAssembly[] = [];
  const chosen = options.only ? [options.only] : ids;
  for (const id of chosen) {
    const result = loadAssembly(dir, id, root);
    problems.push(...result.problems);
    if (result.assembly) assemblies.push(result.assembly);
  }
  return { assemblies, problems: sortProblems(problems), checked: chosen.length };
}

/**
 * A build checks every assembly before Astro starts. It hands that result to the content loader,
 * which runs in the same process, so a large assembly is not read and validated twice.
 */
const handoff = Symbol.for('assembly-site.loaded-assemblies');
type Handoff = { key: string; result: LoadAllResult };
const slot = globalThis as unknown as Record<symbol, Handoff | undefined>;
const handoffKey = (dir: string, only: string | undefined) => `${resolve(dir)}\0${only ?? ''}`;

export function handOverLoaded(dir: string, only: string | undefined, result: LoadAllResult | undefined): void {
  slot[handoff] = result ? { key: handoffKey(dir, only), result } : undefined;
}

/** The result handed over for exactly this folder and assembly, once; otherwise undefined. */
export function takeLoaded(dir: string, only: string | undefined): LoadAllResult | undefined {
  const held = slot[handoff];
  if (held?.key !== handoffKey(dir, only)) return undefined;
  slot[handoff] = undefined;
  return held.result;
}
