/**
 * An assembly as the pages see it: the checked assembly (load-assembly.ts) as it may be published
 * at `now` (embargo.ts), with what the pages add, and without the MDX bodies, which the MDX
 * collections render. One function, so its type is the pages' type: nothing kept in step by hand.
 */
import { resolve } from 'node:path';
import type { LoadedAssembly, MdxDocument } from '../config/load-assembly.ts';
import { sessionSequences } from '../feeds/session-history.ts';
import { today } from '../time-zone.ts';
import { publishedAsOf, referencedFiles } from './embargo.ts';
import { lastChanged, lastCommitDate, latestRecordDate, shownUpdate } from './last-updated.ts';

/** An MDX file's slug, path and front matter: its body is rendered by the MDX collections. */
export type MdxMeta<Meta> = Omit<MdxDocument<Meta>, 'body'>;

const withoutBody = <Meta>({ body: _body, ...rest }: MdxDocument<Meta>): MdxMeta<Meta> => rest;

/** `root`: the project root, which the assembly's `dir` is relative to. */
export function siteAssemblyOf(loaded: LoadedAssembly, now: Date, root: string) {
  const day = today(loaded.config, now);
  // Only what may be published today reaches any page, feed or file (embargo.ts).
  const { config, chapters, news } = publishedAsOf({ config: loaded.config, chapters: loaded.report, news: loaded.news }, now);
  const found = lastChanged(lastCommitDate(resolve(root, loaded.dir)), latestRecordDate(config, news.map((n) => n.meta.date), day));
  return {
    id: loaded.id,
    /** Folder of the assembly, relative to the project root. */
    dir: loaded.dir,
    config,
    /** Documents in files/ that the published config points to, with their sizes in bytes. */
    files: referencedFiles(loaded.files, config),
    /** When the record last changed (last-updated.ts). */
    updated: shownUpdate(config, found, day),
    /** How often each session's time, place or title has changed (feeds/session-history.ts). */
    sequences: sessionSequences(resolve(root, loaded.dir)),
    /** Report chapters in order; news newest first. */
    chapters: chapters.map(withoutBody).sort((a, b) => a.meta.order - b.meta.order),
    news: news.map(withoutBody).sort((a, b) => b.meta.date.localeCompare(a.meta.date)),
    transcripts: loaded.transcripts.map(withoutBody),
    /** For an assembly in several languages: every version, the main language first (languages.ts). */
    versions: loaded.versions,
    /** Set on a version in another language: the main version's id, which owns the files. */
    translationOf: loaded.translationOf,
  };
}

export type SiteAssembly = ReturnType<typeof siteAssemblyOf>;
