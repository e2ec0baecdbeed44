/**
 * Filtering outputs by theme and by response status without JavaScript: each filter is a page of
 * its own (recommendations/theme/<slug>/, recommendations/status/<status>/).
 */
import type { AssemblyConfig, Recommendation } from '../../schema/assembly.ts';
import { responseView, statusKey, type StatusKey } from './response.ts';
import { themeGroups, themeSlugOf } from './themes.ts';
import { statusLabels } from './labels.ts';

export { slugify } from './themes.ts';


type FilterConfig = Pick<AssemblyConfig, 'response' | 'themes' | 'commitment'>;

export function statusOf(config: FilterConfig, output: Pick<Recommendation, 'kind' | 'theme' | 'response'>, today: string): StatusKey {
  return statusKey(responseView(config, output, today));
}

export interface FilterOption {
  slug: string;
  label: string;
  count: number;
}

export function themeOptions(config: Pick<AssemblyConfig, 'themes'>, outputs: readonly Pick<Recommendation, 'theme'>[]): FilterOption[] {
  return themeGroups(config, outputs).map((g) => ({ slug: g.slug, label: g.title, count: g.outputs.length }));
}

export function statusOptions(config: FilterConfig, outputs: readonly Pick<Recommendation, 'kind' | 'theme' | 'response'>[], today: string): FilterOption[] {
  return (Object.keys(statusLabels) as StatusKey[])
    .map((slug) => ({ slug, label: statusLabels[slug], count: outputs.filter((r) => statusOf(config, r, today) === slug).length }))
    .filter((option) => option.count > 0);
}

export interface Filter {
  theme?: string;
  status?: StatusKey;
}

export function applyFilter<R extends Pick<Recommendation, 'kind' | 'theme' | 'response'>>(config: FilterConfig, outputs: readonly R[], filter: Filter, today: string): R[] {
  return outputs.filter(
    (r) => (!filter.theme || themeSlugOf(config, r.theme) === filter.theme) && (!filter.status || statusOf(config, r, today) === filter.status),
  );
}
