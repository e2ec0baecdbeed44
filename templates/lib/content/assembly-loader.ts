/**
 * The Astro content-layer loader for assembly.yaml files. It runs the same loader as
 * `npm run check`, so the site and the scripts agree; any error stops the build with the same
 * positioned messages.
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { loadAll, takeLoaded, withMdxChecked, type LoadAllResult } from '../config/load-all.ts';
import { errorsIn } from '../config/problems.ts';
import { problemReport } from '../config/report.ts';
import type { BuildTarget } from '../site/build-target.ts';
import { sessionSequences } from '../feeds/session-history.ts';
import { lastChanged, lastCommitDate, latestRecordDate, shownUpdate } from '../site/last-updated.ts';
import { buildDate } from '../site/phase.ts';
import { publishedAsOf, referencedFiles } from '../site/embargo.ts';
import { devAfterFixing, showDevProblems } from '../../../scripts/lib/dev/problems-page.ts';
import { today } from '../time-zone.ts';

export class AssemblyConfigError extends Error {
  override name = 'AssemblyConfigError';
}

export function assemblyLoader(target: BuildTarget): Loader {
  return {
    name: 'assembly-loader',
    load: async ({ store, logger, generateDigest, watcher, config }) => {
      const root = new URL('.', config.root).pathname;
      const dir = resolve(root, target.assembliesDir);
      // A build hands over what it checked; the dev server checks again, MDX included, on each save.
      const check = () => takeLoaded(dir, target.only) ?? withMdxChecked(loadAll({ dir, root, withExamples: target.withExamples, ...(target.only ? { only: target.only } : {}) }));
      const sync = ({ assemblies, problems }: LoadAllResult) => {
        for (const problem of problems) logger.warn(problemReport([problem], 1).split('\n')[0]!);
        store.clear();
        const withoutBody = <T extends { body: string }>({ body: _body, ...rest }: T) => rest;
        for (const loaded of assemblies) {
          const now = buildDate();
          const day = today(loaded.config, now);
          // Only what may be published today reaches any page, feed or file (embargo.ts).
          const { config, chapters, news } = publishedAsOf({ config: loaded.config, chapters: loaded.report, news: loaded.news }, now);
          const { report: _report, news: _news, transcripts, ...assembly } = loaded;
          const found = lastChanged(lastCommitDate(resolve(root, assembly.dir)), latestRecordDate(config, news.map((n) => n.meta.date), day));
          const updated = shownUpdate(config, found, day);
          const data = {
            ...assembly,
            config,
            files: referencedFiles(assembly.files, config),
            updated,
            sequences: sessionSequences(resolve(root, assembly.dir)),
            chapters: chapters.map(withoutBody).sort((a, b) => a.meta.order - b.meta.order),
            news: news.map(withoutBody).sort((a, b) => b.meta.date.localeCompare(a.meta.date)),
            transcripts: transcripts.map(withoutBody),
          };
          store.set({ id: assembly.id, data, digest: generateDigest(data) });
        }
      };
      const first = check();
      const failed = errorsIn(first.problems).length > 0;
      if (failed && !watcher) throw new AssemblyConfigError(problemReport(first.problems, first.checked));
      // In the dev server, the browser shows what to fix until it is fixed (problems-page.ts).
      showDevProblems(failed ? first.problems : undefined);
      if (!failed) sync(first);
      if (watcher) {
        watcher.add(dir);
        // A save can arrive as several events (truncate, then write; or a temporary file renamed),
        // and the file watcher may drop the last: check once the burst is over.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(dir) || !/\.(ya?ml|mdx)$/.test(path)) return;
          clearTimeout(pending);
          pending = setTimeout(() => checkAfterSave(path), 150);
        };
        const checkAfterSave = (path: string) => {
          const result = check();
          if (errorsIn(result.problems).length > 0) {
            showDevProblems(result.problems);
            logger.error(problemReport(result.problems, result.checked, { afterFixing: devAfterFixing }));
            return;
          }
          showDevProblems(undefined);
          sync(result);
          logger.info(`Reloaded after a change to ${relative(root, path)}`);
        };
        for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, recheck);
      }
    },
  };
}
