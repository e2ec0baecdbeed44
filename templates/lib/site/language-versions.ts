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
