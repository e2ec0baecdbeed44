/**
 * The versions of a page in the languages of its assembly (issue 19): for the language switcher,
 * which leads to the same page in another language, and for the hreflang alternates search
 * engines read. Every version of an assembly has the same pages at the same paths below its root
 * (the main language at the assembly's address, another at <address>/<code>/).
 */
import type { LanguageVersion } from '../config/load-assembly.ts';
import { interfaceLanguageOf } from '../i18n/catalogue.ts';
import { pagePath, type RouteContext } from './routes.ts';

export interface PageInLanguage {
  tag: string;
  /** The language's name in itself (Cymraeg), as the switcher shows it. */
  name: string;
  /** Whether this is the page being shown. */
  current: boolean;
  /** Path of the page in this language, for links. */
  href: string;
  /** Its full public address, for hreflang. */
  url: string;
}

interface VersionedAssembly {
  id: string;
  config: { site: { url: string } };
  versions?: LanguageVersion[] | undefined;
  translationOf?: string | undefined;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The page at `segments` in each language of the assembly, the main language first; none for an assembly in one language. */
export function pageInLanguages(context: RouteContext, assembly: VersionedAssembly, segments: readonly string[]): PageInLanguage[] {
  const versions = assembly.versions ?? [];
  if (versions.length < 2) return [];
  const own = withSlash(assembly.config.site.url);
  // A version in another language lives at <main address><code>/.
  const mainUrl = assembly.translationOf ? new URL('..', own).href : own;
  const path = segments.map((s) => `${encodeURIComponent(s)}/`).join('');
  return versions.map((version, i) => ({
    tag: version.tag,
    name: interfaceLanguageOf(version.tag)?.name ?? version.tag,
    current: version.id === assembly.id,
    href: pagePath(context, version.id, ...segments),
    url: new URL(path, i === 0 ? mainUrl : new URL(`${version.id.split('/').at(-1)}/`, mainUrl)).href,
  }));
}

interface VersionPages {
  id: string;
  config: { language: string };
  chapters: ReadonlyArray<{ slug: string; meta: { title: string }; language?: string | undefined }>;
  news: ReadonlyArray<{ slug: string; meta: { title: string }; language?: string | undefined }>;
  transcripts: ReadonlyArray<{ slug: string; meta: { title: string }; language?: string | undefined }>;
}

export interface LanguageGaps {
  /** The version's language. */
  tag: string;
  /** Its pages not translated yet, shown in the main language: their titles, and paths for those that are pages of their own. */
  untranslated: Array<{ title: string; segments: string[] | undefined }>;
}

/**
 * Which pages exist in which language (issue 19), for the transparency page: for each version in
 * another language than the main one, the MDX pages it shows in the main language for want of a
 * translation. Pages made from assembly.yaml exist in every language.
 */
export function translationGaps(versions: readonly VersionPages[]): LanguageGaps[] {
  return versions.slice(1).map((version) => ({
    tag: version.config.language,
    untranslated: [
      ...version.chapters.filter((d) => d.language).map((d) => ({ title: d.meta.title, segments: ['report', d.slug] })),
      ...version.news.filter((d) => d.language).map((d) => ({ title: d.meta.title, segments: ['news', d.slug] })),
      ...version.transcripts.filter((d) => d.language).map((d) => ({ title: d.meta.title, segments: undefined })),
    ],
  }));
}
