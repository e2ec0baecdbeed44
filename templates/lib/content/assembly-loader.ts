/**
 * The Astro content-layer loader for assembly.yaml files. It runs the same loader as
 * `npm run check`, so the site and the scripts agree; any error stops the build with the same
 * positioned messages.
 */
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll, withMdxChecked, type LoadAllResult } from '../config/load-all.ts';
import { errorsIn } from '../config/problems.ts';
import { problemReport } from '../config/report.ts';
import type { BuildTarget } from '../site/build-target.ts';
import { buildDate } from '../site/phase.ts';
import { siteAssemblyOf } from '../site/site-assembly.ts';

export class AssemblyConfigError extends Error {
  override name = 'AssemblyConfigError';
}

/**
 * `checked`: what the integration checked before Astro started; without it (astro sync, say) the
 * loader checks. In the dev server it checks again on each save, and keeps the last valid
 * assemblies while the files have problems (the integration shows those in the browser).
 */
export function assemblyLoader(target: BuildTarget, checked: LoadAllResult | undefined): Loader {
  return {
    name: 'assembly-loader',
    load: async ({ store, logger, generateDigest, watcher, config }) => {
      const root = fileURLToPath(config.root);
      const dir = target.assembliesDir;
      const check = () => withMdxChecked(loadAll({ dir, root, withExamples: target.withExamples, ...(target.only ? { only: target.only } : {}) }));
      const sync = ({ assemblies }: LoadAllResult) => {
        store.clear();
        for (const loaded of assemblies) {
          const data = siteAssemblyOf(loaded, buildDate(), root);
          store.set({ id: data.id, data: data as unknown as Record<string, unknown>, digest: generateDigest(data as unknown as Record<string, unknown>) });
        }
      };
      const first = checked ?? check();
      const failed = errorsIn(first.problems).length > 0;
      if (failed && !watcher) throw new AssemblyConfigError(problemReport(first.problems, first.checked));
      if (!failed) sync(first);
      if (watcher) {
        watcher.add(dir);
        // A save can arrive as several events (truncate, then write; or a temporary file renamed),
        // and the file watcher may drop the last: check once the burst is over.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(dir) || !/\.(ya?ml|mdx)$/.test(path)) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            const result = check();
            if (errorsIn(result.problems).length > 0) return;
            sync(result);
            logger.info(`Reloaded after a change to ${relative(root, path)}`);
          }, 150);
        };
        for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, recheck);
      }
    },
  };
}
