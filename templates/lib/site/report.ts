/**
 * How the report's pages name what they hold: the report itself, or a summary of it written for
 * the site, which must never pass for the report (it carries the report's title in its heading).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';

export const isSummary = (config: Pick<AssemblyConfig, 'report'>) => config.report?.chapters_are === 'summary';

/** The title of the chapters as a whole, on the one-page version, the plain text and the e-book. */
export function chaptersTitle(config: Pick<AssemblyConfig, 'report'>): string {
  const title = config.report?.title ?? 'Report';
  return isSummary(config) ? `A summary of “${title}”` : title;
}

/** What the downloads are called: "the report", or "this summary". */
export const chaptersNoun = (config: Pick<AssemblyConfig, 'report'>) => (isSummary(config) ? 'this summary' : 'the report');
