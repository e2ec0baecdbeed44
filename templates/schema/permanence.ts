/** Keeping addresses working when ids change (G53, G83). */
import * as z from 'zod';
import { doc } from './primitives.ts';

const sitePath = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'must be a path below the assembly, such as sessions/day-1 (no leading or trailing slash)');

export const permanenceShape = {
  redirects: doc(
    z
      .array(
        z.strictObject({
          from: doc(sitePath(), 'The old address, below the assembly\'s root.', 'sessions/day-1'),
          to: doc(sitePath(), 'Where it now lives.', 'sessions/weekend-1-day-1'),
        }),
      )
      .default([]),
    'Old addresses that must keep working after an id was renamed: each leads to the new one (G83).',
    [{ from: 'sessions/day-1', to: 'sessions/weekend-1-day-1' }],
  ),
};
