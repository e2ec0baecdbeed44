/**
 * Several questions considered in turn by one body are modelled as one assembly folder each,
 * linked by `series`: this gathers the parts for a page that shows the whole series, from the
 * assemblies built together and the parts listed as published elsewhere.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';

export interface SeriesPart {
  title: string;
  part: number | undefined;
  href: string;
  current: boolean;
}

interface Built {
  id: string;
  config: Pick<AssemblyConfig, 'series' | 'title'>;
}

export function seriesParts(assembly: Built, all: readonly Built[], hrefOf: (id: string) => string): SeriesPart[] {
  const series = assembly.config.series;
  if (!series) return [];
  const built = all
    .filter((a) => a.config.series?.id === series.id)
    .map((a) => ({ title: a.config.title, part: a.config.series?.part, href: hrefOf(a.id), current: a.id === assembly.id }));
  const elsewhere = series.parts
    .filter((p) => !built.some((b) => b.title === p.title))
    .map((p) => ({ title: p.title, part: p.part, href: p.url, current: false }));
  return [...built, ...elsewhere].sort((a, b) => (a.part ?? Number.MAX_SAFE_INTEGER) - (b.part ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title));
}
