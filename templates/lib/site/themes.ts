/**
 * Themes or goals that group an assembly's outputs. An assembly lists them (`themes`, with ids)
 * or just names a theme on each output; either way pages get the groups in order, with counts,
 * and one page per group keeps a national list of 100 or more usable on a phone.
 */
import type { AssemblyConfig, Recommendation } from '../../schema/assembly.ts';
import type { themeWords } from '../../schema/recommendations.ts';

export interface ThemeGroup<R> {
  /** Used in the web address: the theme's id, or its name made into one. */
  slug: string;
  title: string;
  summary: string | undefined;
  /** The listed theme, when the assembly lists them (for its response). */
  theme: AssemblyConfig['themes'][number] | undefined;
  outputs: R[];
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of an output's theme, or undefined when it has none. */
export function themeSlugOf(config: Pick<AssemblyConfig, 'themes'>, theme: string | undefined): string | undefined {
  if (theme === undefined) return undefined;
  return config.themes.length > 0 ? theme : slugify(theme);
}

/**
 * Groups in order: the listed themes, else names in order of first use. A listed theme with no
 * outputs is left out unless `keepEmpty`: a report chapter with nothing recorded still has its summary.
 */
export function themeGroups<R extends Pick<Recommendation, 'theme'>>(
  config: Pick<AssemblyConfig, 'themes'>,
  outputs: readonly R[],
  { keepEmpty = false } = {},
): ThemeGroup<R>[] {
  if (config.themes.length > 0) {
    return config.themes
      .map((theme) => ({ slug: theme.id, title: theme.title, summary: theme.summary, theme, outputs: outputs.filter((o) => o.theme === theme.id) }))
      .filter((group) => group.outputs.length > 0 || (keepEmpty && group.summary !== undefined));
  }
  const groups = new Map<string, ThemeGroup<R>>();
  for (const output of outputs) {
    if (output.theme === undefined) continue;
    const slug = slugify(output.theme);
    const group = groups.get(slug) ?? { slug, title: output.theme, summary: undefined, theme: undefined, outputs: [] };
    group.outputs.push(output);
    groups.set(slug, group);
  }
  return [...groups.values()];
}

/** The listed theme an output belongs to. */
export function themeOf(config: Pick<AssemblyConfig, 'themes'>, output: Pick<Recommendation, 'theme'>) {
  return config.themes.find((t) => t.id === output.theme);
}

/** The title of an output's theme, as pages show it. */
export function themeTitle(config: Pick<AssemblyConfig, 'themes'>, output: Pick<Recommendation, 'theme'>): string | undefined {
  return themeOf(config, output)?.title ?? (config.themes.length > 0 ? undefined : output.theme);
}

export interface ThemeWord {
  singular: string;
  plural: string;
}

const words: Record<(typeof themeWords)[number], ThemeWord> = {
  theme: { singular: 'theme', plural: 'themes' },
  goal: { singular: 'goal', plural: 'goals' },
  topic: { singular: 'topic', plural: 'topics' },
  chapter: { singular: 'chapter', plural: 'chapters' },
  area: { singular: 'area', plural: 'areas' },
};

export const themeWord = (config: Pick<AssemblyConfig, 'themes_called'>): ThemeWord => words[config.themes_called];
