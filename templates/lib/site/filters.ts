/**
 * Filtering recommendations by theme and by response status without JavaScript: each filter is a
 * page of its own (recommendations/theme/<slug>/, recommendations/status/<status>/).
 */
import type { Recommendation } from '../../schema/assembly.ts';
import { responseLabels } from './response.ts';

export type StatusKey = keyof typeof responseLabels | 'awaiting-response';

export const statusLabels: Record<StatusKey, string> = { ...responseLabels, 'awaiting-response': 'Awaiting response' };

/** Path segments under recommendations/ that filters use, so no recommendation may take them as its id. */
export const reservedRecommendationIds = ['theme', 'status'] as const;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function statusOf(recommendation: Pick<Recommendation, 'response'>): StatusKey {
  return recommendation.response?.status ?? 'awaiting-response';
}

export interface FilterOption {
  slug: string;
  label: string;
  count: number;
}

export function themeOptions(recommendations: readonly Pick<Recommendation, 'theme'>[]): FilterOption[] {
  const counts = new Map<string, FilterOption>();
  for (const { theme } of recommendations) {
    if (!theme) continue;
    const slug = slugify(theme);
    const option = counts.get(slug) ?? { slug, label: theme, count: 0 };
    option.count++;
    counts.set(slug, option);
  }
  return [...counts.values()];
}

export function statusOptions(recommendations: readonly Pick<Recommendation, 'response'>[]): FilterOption[] {
  return (Object.keys(statusLabels) as StatusKey[])
    .map((slug) => ({ slug, label: statusLabels[slug], count: recommendations.filter((r) => statusOf(r) === slug).length }))
    .filter((option) => option.count > 0);
}

export interface Filter {
  theme?: string;
  status?: StatusKey;
}

export function applyFilter<R extends Pick<Recommendation, 'theme' | 'response'>>(recommendations: readonly R[], filter: Filter): R[] {
  return recommendations.filter(
    (r) => (!filter.theme || (r.theme !== undefined && slugify(r.theme) === filter.theme)) && (!filter.status || statusOf(r) === filter.status),
  );
}
