/**
 * The Astro content-layer loader for assembly.yaml files. It runs the same loader as
 * `npm run check`, so the site and the scripts agree; any error stops the build with the same
 * positioned messages.
 */
import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { loadAll, takeLoaded } from '../config/load-all.ts';
import { errorsIn } from '../config/problems.ts';
import { problemReport } from '../config/report.ts';
import type { BuildTarget } from '../site/build-target.ts';
import { sessionSequences } from '../feeds/session-history.ts';
import { lastCommitDate, latestRecordDate, shownUpdate } from '../site/last-updated.ts';
import { buildDate } from '../site/phase.ts';
import { publishedAsOf, referencedFiles } from '../site/embargo.ts';

export class AssemblyConfigError extends Error {
  override name = 'AssemblyConfigError';
}

export function assemblyLoader(target: BuildTarget): Loader {
  return {
    name: 'assembly-loader',
    load: async ({ store, logger, generateDigest, watcher, config }) => {
      const root = new URL('.', config.root).pathname;
      const dir = resolve(root, target.assembliesDir);
      const sync = (handedOver?: ReturnType<typeof takeLoaded>) => {
        const { assemblies, problems, checked } = handedOver ?? loadAll({ dir, root, withExamples: target.withExamples, ...(target.only ? { only: target.only } : {}) });
        if (errorsIn(problems).length > 0) throw new AssemblyConfigError(problemReport(problems, checked));
        for (const problem of problems) logger.warn(problemReport([problem], 1).split('\n')[0]!);
        store.clear();
        const withoutBody = <T extends { body: string }>({ body: _body, ...rest }: T) => rest;
        for (const loaded of assemblies) {
          const now = buildDate();
          const today = now.toISOString().slice(0, 10);
          // Only what may be published today reaches any page, feed or file (embargo.ts).
          const { config, chapters, news } = publishedAsOf({ config: loaded.config, chapters: loaded.report, news: loaded.news }, now);
          const { report: _report, news: _news, transcripts, ...assembly } = loaded;
          const found = lastCommitDate(resolve(root, assembly.dir)) ?? latestRecordDate(config, news.map((n) => n.meta.date), today);
          const updated = shownUpdate(config, found, today);
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
      sync(takeLoaded(dir, target.only));
      if (watcher) {
        watcher.add(dir);
        watcher.on('change', (path) => {
          if (!path.startsWith(dir) || !path.endsWith('.yaml')) return;
          try {
            sync();
            logger.info(`Reloaded ${path}`);
          } catch (error) {
            // Keep serving the last good version; the organiser sees what to fix.
            logger.error(`${(error as Error).message}\nThe site still shows the last version without errors.`);
          }
        });
      }
    },
  };
}
