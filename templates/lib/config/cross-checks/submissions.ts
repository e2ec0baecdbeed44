/** Public submissions: the counts add up. */
import { error, type CrossCheck } from './check.ts';
import { bounds, shown, type LooseFigure } from './figures.ts';

export const submissionChecks: CrossCheck[] = [
  {
    id: 'submissions.counts-within-received',
    run: ({ submissions }) => {
      if (!submissions || submissions.received === undefined) return [];
      const received = bounds(submissions.received as LooseFigure)?.[1];
      if (received === undefined) return [];
      const published = bounds(submissions.published as LooseFigure)?.[0] ?? 0;
      const accounted = published + (submissions.not_published ?? []).reduce((sum, n) => sum + (n?.count ?? 0), 0);
      return accounted > received
        ? [error(['submissions', 'received'], `${accounted} submissions are published or counted as not published, but only ${shown(submissions.received as LooseFigure)} were received. Check the counts.`)]
        : [];
    },
  },
];
