/**
 * The Astro integration that makes the site (issue 18): Astro itself builds it, so plain
 * `astro build` and `astro dev` give what the npm scripts give, and the scripts are thin.
 *
 * - Before Astro starts, every assembly is checked (or the check the npm script already made is
 *   taken); a build with problems stops there, listing them all, with nothing written.
 * - The content config and pages read what to build, and the checked assemblies, from the virtual
 *   module "virtual:assembly-site" (templates/virtual-assembly-site.d.ts).
 * - When Astro has written the pages: the search index (Pagefind), sitemaps and robots.txt, the
 *   redirects, then the SHA-256 of the whole site, which archives are verified against.
 * - In the dev server, a save that leaves the files invalid shows the problems in the browser
 *   until a save fixes them (problems-page.ts).
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembliesDir as defaultAssembliesDir, loadAll, withMdxChecked, type LoadAllResult } from '../../../templates/lib/config/load-all.ts';
import { errorsIn, type Problem } from '../../../templates/lib/config/problems.ts';
import { problemReport } from '../../../templates/lib/config/report.ts';
import type { BuildTarget } from '../../../templates/lib/site/build-target.ts';
import { outputHash } from '../../../templates/lib/archive/output-hash.ts';
import { writeDiscoveryFiles } from '../build/discovery-files.ts';
import { writeRedirects } from '../build/redirects.ts';
import { indexSite } from '../build/search-index.ts';
import { devAfterFixing, problemsMiddleware } from '../dev/problems-page.ts';

export interface AssemblySiteOptions {
  /** Folder of assemblies, relative to the project root; default ASSEMBLIES_DIR, else assemblies/. */
  assembliesDir?: string | undefined;
  /** Build this one assembly, rooted at the site's root. */
  only?: string | undefined;
  /** Build the examples that come with the generator even beside an assembly of the organisers' own. */
  withExamples?: boolean | undefined;
  /** What the npm script already checked, so nothing is read twice. */
  checked?: LoadAllResult | undefined;
  /** Where the MDX loaders write what they rendered, for the quick rebuild. */
  renderedMdxDir?: string | undefined;
  /** Render every MDX file with Astro's own MDX pipeline (build-target.ts). */
  mdxThroughAstro?: boolean | undefined;
  /** Told the site's hash once every file is written. */
  onBuilt?: ((result: { hash: string }) => void) | undefined;
}

/** A build stopped by problems in the assembly files, with the report of them all as its message. */
export class AssemblyProblemsError extends Error {
  override name = 'AssemblyProblemsError';
}

/**
 * The virtual modules' sources: what to build, which pages import too, and the checked assemblies,
 * which only the content config imports. Without the MDX text (the MDX loaders read the files):
 * editing one post changes neither module, so Astro's incremental build re-renders only the pages
 * that show it.
 */
export function virtualModules(target: BuildTarget, checked: LoadAllResult | undefined): Record<string, string> {
  const withoutBody = <T extends { body: string }>({ body: _body, ...rest }: T) => ({ ...rest, body: '' });
  const handed = checked && {
    assemblies: checked.assemblies.map((a) => ({ ...a, report: a.report.map(withoutBody), news: a.news.map(withoutBody), transcripts: a.transcripts.map(withoutBody) })),
    problems: checked.problems,
    checked: checked.checked,
  };
  return {
    'virtual:assembly-site': `export const target = ${JSON.stringify(target)};\n`,
    'virtual:assembly-site/checked': `export const checked = ${handed ? `JSON.parse(${JSON.stringify(JSON.stringify(handed))})` : 'undefined'};\n`,
  };
}

export function assemblySite(options: AssemblySiteOptions = {}): AstroIntegration {
  let root = '';
  let target: BuildTarget | undefined;
  let checked: LoadAllResult | undefined;
  let base = '/';
  /** In the dev server: the problems of the files as last saved, while there are any. */
  let devProblems: readonly Problem[] | undefined;

  const check = (): LoadAllResult =>
    withMdxChecked(loadAll({ dir: target!.assembliesDir, root, withExamples: target!.withExamples, ...(target!.only ? { only: target!.only } : {}) }));

  return {
    name: 'assembly-site',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        target = {
          assembliesDir: options.assembliesDir ? resolve(root, options.assembliesDir) : defaultAssembliesDir(root),
          only: options.only,
          withExamples: options.withExamples === true,
          renderedMdxDir: options.renderedMdxDir,
          mdxThroughAstro: options.mdxThroughAstro === true,
        };
        if (command === 'build' || command === 'dev') {
          checked = options.checked ?? check();
          const failed = errorsIn(checked.problems).length > 0;
          if (failed && command === 'build') throw new AssemblyProblemsError(`${problemReport(checked.problems, checked.checked)}\nNothing was built.`);
          if (checked.problems.length > 0 && !options.checked) {
            logger.warn(`\n${problemReport(checked.problems, checked.checked, command === 'dev' ? { afterFixing: devAfterFixing } : {})}`);
          }
          if (command === 'dev') devProblems = failed ? checked.problems : undefined;
        }
        const modules = virtualModules(target, checked);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'assembly-site:virtual-modules',
                resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(problemsMiddleware(() => devProblems));
        // Checked again once a burst of saves is over (a save can arrive as several events).
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(target!.assembliesDir) || !/\.(ya?ml|mdx)$/.test(path)) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            const result = check();
            const failed = errorsIn(result.problems).length > 0;
            devProblems = failed ? result.problems : undefined;
            if (failed) logger.error(problemReport(result.problems, result.checked, { afterFixing: devAfterFixing }));
          }, 150);
        };
        server.watcher.add(target!.assembliesDir);
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, recheck);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const assemblies = checked?.assemblies ?? [];
        logger.info('Indexing the site for search...');
        logger.info(`Indexed ${await indexSite(out)} pages.`);
        writeDiscoveryFiles(out, assemblies, target!.only, root);
        const redirectProblems = writeRedirects(out, assemblies, { base, only: target!.only });
        if (redirectProblems.length > 0) throw new Error(redirectProblems.join('\n'));
        const hash = outputHash(out);
        // An npm script that asks for the hash reports it itself, after putting the site in place.
        if (options.onBuilt) options.onBuilt({ hash });
        else logger.info(`SHA-256 of the whole site: ${hash}`);
      },
    },
  };
}
