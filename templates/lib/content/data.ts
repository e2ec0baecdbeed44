/**
 * What pages read: the validated assemblies from the content layer, and helpers to produce
 * getStaticPaths() entries for both build modes. Thin on purpose; logic lives in tested modules.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { target } from 'virtual:assembly-site';
import type { SiteAssembly } from '../site/site-assembly.ts';
import { transcriptSlug } from '../site/evidence.ts';
import { buildDate, timelineMoment } from '../site/phase.ts';
import { assemblyParam, type RouteContext } from '../site/routes.ts';
import { publicUrl } from '../feeds/session-events.ts';

export type { MdxMeta, SiteAssembly } from '../site/site-assembly.ts';

export const routeContext: RouteContext = { base: import.meta.env.BASE_URL, only: target.only };

export async function allAssemblies(): Promise<SiteAssembly[]> {
  const entries = await getCollection('assemblies');
  return entries.map((entry) => entry.data as SiteAssembly).sort((a, b) => a.id.localeCompare(b.id));
}

const cacheKeys = new Map<string, string>();

/**
 * What every page of an assembly is rendered from, for Astro's incremental build: the assembly's
 * data, where the site is published, and the moment as far as the assembly's timeline can tell.
 * Pages whose key and templates are unchanged are copied from the last build; MDX bodies are
 * tracked by Astro itself.
 */
function cacheKeyOf(assembly: SiteAssembly): string {
  let key = cacheKeys.get(assembly.id);
  if (!key) {
    const moment = timelineMoment(assembly.config, buildDate());
    key = createHash('sha256').update(JSON.stringify([assembly, routeContext, moment])).digest('hex');
    cacheKeys.set(assembly.id, key);
  }
  return key;
}

/** One static path per assembly. */
export async function assemblyPaths() {
  return (await allAssemblies()).map((assembly) => ({
    params: { assembly: assemblyParam(routeContext, assembly.id) },
    props: { assembly },
    cacheKey: cacheKeyOf(assembly),
  }));
}

/**
 * One static path per item of each assembly, such as every session. `renders` names the MDX file a
 * page shows (relative to the project root): its contents join the page's incremental-build key,
 * so editing the file re-renders that page and no other.
 */
export async function itemPaths<Item, Key extends string>(
  key: Key,
  items: (assembly: SiteAssembly) => ReadonlyArray<{ slug: string; item: Item; renders?: string | undefined }>,
) {
  return (await allAssemblies()).flatMap((assembly) =>
    items(assembly).map(({ slug, item, renders }) => ({
      params: { assembly: assemblyParam(routeContext, assembly.id), [key]: slug } as { assembly: string | undefined } & Record<Key, string>,
      props: { assembly, item },
      cacheKey: renders ? `${cacheKeyOf(assembly)} ${createHash('sha256').update(readFileSync(renders)).digest('hex')}` : cacheKeyOf(assembly),
    })),
  );
}

/** The MDX file a transcript field points to (relative to the project root), if it is one. */
export function transcriptFile(assembly: SiteAssembly, transcript: string | undefined): string | undefined {
  const slug = transcriptSlug(transcript);
  return slug ? assembly.transcripts.find((t) => t.slug === slug)?.file : undefined;
}

type MdxCollection = 'report' | 'news' | 'transcripts';

/**
 * The MDX entry to render for one page of an assembly: its own, or, for a page of a version in
 * another language that is not translated yet, the main version's (it is marked with its language).
 */
export async function mdxEntry<C extends MdxCollection>(collection: C, assembly: SiteAssembly, slug: string): Promise<CollectionEntry<C>> {
  const documents = { report: assembly.chapters, news: assembly.news, transcripts: assembly.transcripts }[collection];
  const untranslated = documents.find((d) => d.slug === slug)?.language !== undefined;
  const id = `${untranslated ? assembly.translationOf : assembly.id}/${slug}`;
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry ${id}`);
  return entry as CollectionEntry<C>;
}

/** One static path per assembly whose report has chapters (the report's other formats). */
export async function reportPaths() {
  return (await allAssemblies())
    .filter((assembly) => assembly.chapters.length > 0)
    .map((assembly) => ({ params: { assembly: assemblyParam(routeContext, assembly.id) }, props: { assembly } }));
}

/** Each chapter's title, MDX source and public address (for its relative links), in order, for the plain-text and EPUB versions. */
export async function chapterSources(assembly: SiteAssembly): Promise<Array<{ title: string; body: string; url: string }>> {
  return Promise.all(
    assembly.chapters.map(async (c) => ({
      title: c.meta.title,
      body: (await mdxEntry('report', assembly, c.slug)).body ?? '',
      url: publicUrl(assembly.config, 'report', c.slug),
    })),
  );
}
