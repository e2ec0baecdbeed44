/** Labels for the commissioner's decision on each recommendation (G32). */
import type { responseStatuses } from '../../schema/recommendations.ts';

export const responseLabels: Record<(typeof responseStatuses)[number], string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  'under-consideration': 'Under consideration',
};
