/** Funding and oversight. */
import { error, type CrossCheck } from './check.ts';

export const organisationChecks: CrossCheck[] = [
  {
    id: 'funding.source-given',
    run: ({ funding }) =>
      funding && !funding.source && (funding.funders ?? []).length === 0 ? [error(['funding', 'source'], 'Say where the money comes from (G6): add source, or list the funders.')] : [],
  },
  {
    id: 'oversight.minutes-consistent',
    run: ({ oversight }) =>
      (oversight ?? []).flatMap((group, g) =>
        group?.minutes_published === false && (group.minutes ?? []).length > 0
          ? [error(['oversight', g, 'minutes_published'], 'minutes_published is false, but minutes are listed. Remove one of them.')]
          : [],
      ),
  },
];
