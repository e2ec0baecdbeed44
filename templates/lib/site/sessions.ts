/** Sessions in time order. */
import { toInstant } from '../time-zone.ts';

export function sessionsInOrder<T extends { start: string }>(sessions: readonly T[], zone: string): T[] {
  return [...sessions].sort((a, b) => toInstant(a.start, zone).getTime() - toInstant(b.start, zone).getTime());
}
