/**
 * Dependencies are honest (issue 18): what the generator needs to check, build, serve, scaffold and
 * archive a site is in `dependencies`; test, type-checking and measuring tools are in
 * `devDependencies`. Worked out from the imports reachable from the commands organisers run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = { dependencies: {}, ...JSON.parse(readFileSync('package.json', 'utf8')) } as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
/** The npm scripts organisers run; the rest (test, typecheck, bench, mutate-rules, screenshots) are tools. */
const runtimeScripts = ['check', 'schedule', 'build', 'dev', 'preview', 'start', 'schema', 'new', 'archive', 'archive:verify'];
/** Needed to run any npm script at all on a machine with an older Node, so a tool like the rest (the ground rules keep it there). */
const toolsEverywhere = ['node'];

/** The package a bare import names: "astro/loaders" → "astro", "@astrojs/mdx/x" → "@astrojs/mdx". */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages imported at run time (not `import type`) by `entries` and every file they import, transitively. */
function runtimePackages(entries: readonly string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(import|export)(\s+type)?\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|require(?:\.resolve)?\(\s*['"]([^'"]+)['"]/g)) {
      if (m[2]) continue;
      const target = (m[3] ?? m[4] ?? m[5] ?? m[6])!;
      if (target.startsWith('.')) visit(normalize(join(dirname(file), target)));
      else if (!/^(node:|astro:|virtual:)/.test(target)) packages.add(packageOf(target));
    }
  };
  entries.forEach(visit);
  return packages;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (name === 'fixtures' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The script files an npm script runs: "node scripts/build.ts && node scripts/preview.ts". */
const scriptFiles = (name: string) => [...(manifest.scripts[name] ?? '').matchAll(/node (scripts\/\S+\.ts)/g)].map((m) => m[1]!);

describe('dependencies', () => {
  // What Astro loads: the config, the content config and every page and component.
  const astroEntries = ['astro.config.mjs', 'templates/content.config.ts'];
  const pages = (dir: string) => filesUnder(dir).filter((file) => /\.(astro|ts)$/.test(file));
  const used = runtimePackages([...runtimeScripts.flatMap(scriptFiles), ...astroEntries, ...pages('templates/pages'), ...pages('templates/components'), ...pages('templates/layouts')]);

  it('lists in dependencies every package the commands import at run time', () => {
    expect([...used].filter((name) => !manifest.dependencies[name]).sort()).toEqual([]);
  });
  it('lists in dependencies nothing the commands do not import: tools are devDependencies', () => {
    expect(Object.keys(manifest.dependencies).filter((name) => !used.has(name)).sort()).toEqual([]);
    expect(toolsEverywhere.filter((name) => manifest.dependencies[name])).toEqual([]);
  });
  it('declares every package the tests and tools import', () => {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const imported = runtimePackages([...filesUnder('tests'), ...filesUnder('scripts')].filter((file) => file.endsWith('.ts')));
    expect([...imported].filter((name) => !declared[name]).sort()).toEqual([]);
  });
  it('would notice a type-only import counted as needed, and follows relative imports', () => {
    expect(packageOf('@astrojs/mdx/server')).toBe('@astrojs/mdx');
    expect(packageOf('astro/loaders')).toBe('astro');
    expect(runtimePackages(['tests/unit/dependencies.test.ts']).has('vitest')).toBe(true);
  });
});
