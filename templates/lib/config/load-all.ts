/** Finds and loads every assembly under the assemblies folder (or just one). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAssembly, type LoadedAssembly } from './load-assembly.ts';
import { didYouMean } from './did-you-mean.ts';
import { mdxProblems, type MdxBody } from './mdx-check.ts';
import { sortProblems, type Problem } from './problems.ts';
import { readTextFile } from './source-files.ts';
import { parseYamlSource } from './yaml-source.ts';

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
  /** Examples left out because the folder holds an assembly of the organisers' own. */
  leftOut?: string[];
  /** Every MDX file read, in valid assemblies or not, for withMdxChecked. */
  bodies?: MdxBody[];
}

export interface LoadAllOptions {
  dir?: string;
  only?: string;
  root?: string;
  /** Keep the examples that come with the generator even beside an assembly of the organisers' own. */
  withExamples?: boolean;
}

/**
 * The examples that come with the generator say `example: true`. A council's site never publishes
 * them by accident: once the folder holds an assembly without it, they are left out unless asked.
 */
function withoutExamples(result: LoadAllResult, ids: readonly string[], dir: string, root: string): LoadAllResult {
  const examples = new Set(result.assemblies.filter((a) => a.config.example && !a.translationOf).map((a) => a.id));
  const own = ids.filter((id) => !examples.has(id));
  if (examples.size === 0 || own.length === 0) return result;
  const leftOut = [...examples];
  const inFolder = (file: string, id: string) => resolve(root, file).startsWith(`${resolve(dir, id)}/`) || resolve(root, file) === resolve(dir, id);
  return {
    assemblies: result.assemblies.filter((a) => !examples.has(a.translationOf ?? a.id)),
    problems: result.problems.filter((p) => !leftOut.some((id) => inFolder(p.file, id))),
    checked: result.checked - leftOut.length,
    leftOut,
    bodies: (result.bodies ?? []).filter((b) => !leftOut.some((id) => inFolder(b.file, id))),
  };
}

export function loadAll(options: LoadAllOptions = {}): LoadAllResult {
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
  const bodies: MdxBody[] = [];
  const chosen = options.only ? [options.only] : ids;
  for (const id of chosen) {
    const result = loadAssembly(dir, id, root);
    problems.push(...result.problems);
    bodies.push(...result.bodies);
    if (result.assembly) assemblies.push(result.assembly, ...(result.translations ?? []));
  }
  const clashes = siteAddressClashes(assemblies, root);
  problems.push(...clashes.values());
  const result = { assemblies: assemblies.filter((a) => !clashes.has(a.id)), problems: sortProblems(problems), checked: chosen.length, bodies };
  return options.only || options.withExamples ? result : withoutExamples(result, chosen, dir, root);
}

/**
 * Two assemblies built into one site may not share an address, nor may one's address lie inside
 * the other's pages (issue 15): each would overwrite, or hide, the other's pages.
 */
function siteAddressClashes(assemblies: readonly LoadedAssembly[], root: string): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
  for (const [i, assembly] of assemblies.entries()) {
    const url = withSlash(assembly.config.site.url);
    // The versions of one assembly in other languages lie inside its address by design.
    const other = assemblies
      .slice(0, i)
      .find((o) => o.dir !== assembly.dir && (url.startsWith(withSlash(o.config.site.url)) || withSlash(o.config.site.url).startsWith(url)));
    if (!other) continue;
    const file = `${assembly.dir}/assembly.yaml`;
    const text = readTextFile(resolve(root, file));
    const at = text.ok ? parseYamlSource(text.text).locate(['site', 'url']) : { line: 1, column: 1 };
    const same = url === withSlash(other.config.site.url);
    problems.set(assembly.id, {
      severity: 'error',
      file,
      ...at,
      path: ['site', 'url'],
      message: same
        ? `${other.dir} has the same address (${other.config.site.url}), so one assembly's pages would replace the other's. Give each assembly its own address.`
        : `This address and that of ${other.dir} (${other.config.site.url}) lie one inside the other, so one assembly's pages would hide the other's. Give each assembly an address of its own, neither inside the other.`,
    });
  }
  return problems;
}

/**
 * The same result, with every MDX file of every assembly read by the compiler the build uses
 * (mdx-check.ts), in assemblies with other problems too: a mistake is a positioned problem like
 * any other, listed with the rest at once, and an assembly with one is not built.
 */
export function withMdxChecked(result: LoadAllResult): LoadAllResult {
  const found = mdxProblems(result.bodies ?? []);
  if (found.length === 0) return result;
  const broken = new Set(found.map((p) => p.file));
  return {
    ...result,
    assemblies: result.assemblies.filter((a) => ![...a.report, ...a.news, ...a.transcripts].some((d) => broken.has(d.file))),
    problems: sortProblems([...result.problems, ...found]),
  };
}
