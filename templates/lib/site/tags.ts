/**
 * Status tags that read at a glance (issue 17): each meaning has its own colour, border and, for
 * decisions and "live", a symbol, and the words always say it too, so colour is never the only
 * signal (WCAG 1.4.1). The looks are in templates/styles/site.css (.tag--<kind>, symbols drawn by
 * CSS and hidden from screen readers); a unit test holds every kind there to a look of its own
 * and to 4.5:1 contrast.
 */
import type { Session } from '../../schema/assembly.ts';
import type { StatusKey } from './response.ts';
import type { SessionState } from './sessions.ts';

export const tagKinds = ['yes', 'partly', 'no', 'pending', 'answered', 'phase', 'live', 'ended', 'private', 'plain'] as const;
export type TagKind = (typeof tagKinds)[number];

/** Decisions and the other ways a recommendation was answered. */
export const statusTag: Record<StatusKey, TagKind> = {
  accepted: 'yes',
  'partly-accepted': 'partly',
  'not-accepted': 'no',
  'under-consideration': 'pending',
  'awaiting-response': 'pending',
  noted: 'answered',
  referred: 'answered',
  'answered-by-theme': 'answered',
  'answered-in-general': 'answered',
  'not-recorded': 'answered',
  'no-response-expected': 'plain',
};

/** Where a session is: upcoming is plain, live stands out, ended recedes. */
export const sessionTag: Record<SessionState, TagKind> = { next: 'plain', live: 'live', ended: 'ended' };

/** A change to a session: a cancellation reads as one; a postponement is still to come. */
export const changeTag: Record<NonNullable<Session['change']>['status'], TagKind> = { cancelled: 'no', postponed: 'pending', 'moved-online': 'plain' };
