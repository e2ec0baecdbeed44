/**
 * Every cross-check (templates/lib/config/cross-checks/) with minimal configs that meet it and
 * configs that miss it, each miss at the field it names (issue 18). Boundaries are tested on both
 * sides: a tolerance that changed would fail here. npm run mutate-rules forces each check to find
 * nothing, and to find a problem in every config, and checks that this file notices.
 */
import { describe, expect, it } from 'vitest';
import { crossCheck, crossChecks, type ValidSections } from '../../templates/lib/config/cross-checks/index.ts';
import type { FieldPath } from '../../templates/lib/config/problems.ts';

/** A config written as far as a check needs it (the checks see only what passed the schema). */
const config = (fields: object) => fields as ValidSections;
interface Miss {
  config: ValidSections;
  /** The field the problem is reported at. */
  path: FieldPath;
  /** Words the message must contain. */
  says: string;
  /** The config as written, when it differs from what passed the schema. */
  raw?: unknown;
}
interface Examples {
  meets: ValidSections[];
  misses: Miss[];
  /** Configs as written beside `meets`, by index, when they differ. */
  raw?: Record<number, unknown>;
}

const timed = (id: string, start = '2027-03-06T10:00', end = '2027-03-06T16:00') => ({ id, start, end, streamed: true });
const members = (fields: object) => config({ members: fields });
const vote = (fields: object, more: object = {}) => config({ recommendations: [{ id: 'r1', vote: fields }], members: { count: 24 }, ...more });
const profile = (categories: object[], fields: object = {}) => members({ count: 24, profile: [{ dimension: 'Age', categories, ...fields }] });

const examples: Record<string, Examples> = {
  'site.colour-contrast': {
    meets: [config({ site: { branding: { colour: '#1d4f91' } } }), config({ site: {} })],
    misses: [{ config: config({ site: { branding: { colour: '#ffdd00' } } }), path: ['site', 'branding', 'colour'], says: 'below the 4.5:1' }],
  },
  'redirects.distinct': {
    meets: [config({ redirects: [{ from: '/old/', to: '/new/' }, { from: '/older/', to: '/new/' }] })],
    misses: [
      { config: config({ redirects: [{ from: '/a/', to: '/a/' }] }), path: ['redirects', 0, 'to'], says: 'leads to itself' },
      { config: config({ redirects: [{ from: '/a/', to: '/b/' }, { from: '/a/', to: '/c/' }] }), path: ['redirects', 1, 'from'], says: 'already redirected' },
    ],
  },
  ...Object.fromEntries(
    (['sessions', 'speakers', 'evidence', 'recommendations', 'themes', 'linked_bodies'] as const).map((section) => [
      `${section}.unique-ids`,
      {
        meets: [config({ [section]: [{ id: 'a' }, { id: 'b' }] })],
        misses: [{ config: config({ [section]: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] }), path: [section, 2, 'id'], says: `already used by ${section}.0` }],
      },
    ]),
  ),
  'sessions.timing': {
    meets: [
      config({ sessions: [timed('s1')] }),
      config({ sessions: [{ id: 's1', start: '2027-03-06', streamed: true }] }),
      config({ sessions: [{ id: 's1', start: '2027-03-06', end: '2027-03-07', streamed: true }] }),
      config({ sessions: [{ id: 's1', streamed: true, days: [{ date: '2027-03-06', start: '10:00', end: '16:00' }, { date: '2027-03-07' }] }] }),
      // The start was written but failed the schema: that problem is reported already, not "no date".
      config({ sessions: [{ id: 's1', streamed: true }] }),
    ],
    raw: { 4: { sessions: [{ id: 's1', start: '6 March', streamed: true }] } },
    misses: [
      { config: config({ sessions: [{ ...timed('s1'), days: [{ date: '2027-03-06' }] }] }), path: ['sessions', 0, 'days'], says: 'not both' },
      { config: config({ sessions: [{ id: 's1', agenda: [{ title: 'Welcome' }], days: [{ date: '2027-03-06' }] }] }), path: ['sessions', 0, 'agenda'], says: 'each day has its own agenda' },
      { config: config({ sessions: [{ id: 's1', days: [{ date: '2027-03-06' }, { date: '2027-03-06' }] }] }), path: ['sessions', 0, 'days', 1, 'date'], says: 'listed twice' },
      { config: config({ sessions: [{ id: 's1', days: [{ date: '2027-03-06', start: '10:00' }] }] }), path: ['sessions', 0, 'days', 0, 'end'], says: 'both the start and the end' },
      { config: config({ sessions: [{ id: 's1', days: [{ date: '2027-03-06', end: '16:00' }] }] }), path: ['sessions', 0, 'days', 0, 'start'], says: 'both the start and the end' },
      { config: config({ sessions: [{ id: 's1', days: [{ date: '2027-03-06', start: '16:00', end: '10:00' }] }] }), path: ['sessions', 0, 'days', 0, 'end'], says: 'ends (10:00) before it starts' },
      { config: config({ sessions: [{ id: 's1', end: '2027-03-06T16:00' }] }), path: ['sessions', 0, 'start'], says: 'an end but no start' },
      { config: config({ sessions: [{ id: 's1' }] }), path: ['sessions', 0, 'start'], says: 'has no date' },
      { config: config({ sessions: [{ id: 's1', start: '2027-03-06T10:00' }] }), path: ['sessions', 0, 'end'], says: 'needs an end time' },
      { config: config({ sessions: [{ id: 's1', start: '2027-03-06T10:00', end: '2027-03-06' }] }), path: ['sessions', 0, 'end'], says: 'the same way' },
      { config: config({ sessions: [timed('s1', '2027-03-06T10:00', '2027-03-06T10:00')] }), path: ['sessions', 0, 'end'], says: 'ends (2027-03-06T10:00) before' },
      { config: config({ sessions: [{ id: 's1', start: '2027-03-07', end: '2027-03-06' }] }), path: ['sessions', 0, 'end'], says: 'Check both dates' },
    ],
  },
  'sessions.not-streamed-reason': {
    meets: [config({ sessions: [{ id: 's1', streamed: true }] }), config({ sessions: [{ id: 's1', streamed: false, not_streamed_reason: 'Small-group work' }] })],
    misses: [{ config: config({ sessions: [{ id: 's1', streamed: false }] }), path: ['sessions', 0, 'not_streamed_reason'], says: '(G18)' }],
  },
  'sessions.livestream-when-streamed': {
    meets: [config({ sessions: [{ id: 's1', streamed: true, livestream: 'https://example.org/live' }] })],
    misses: [{ config: config({ sessions: [{ id: 's1', streamed: false, livestream: 'https://example.org/live' }] }), path: ['sessions', 0, 'livestream'], says: 'streamed is false' }],
  },
  'sessions.cancelled-without-video': {
    meets: [config({ sessions: [{ id: 's1', change: { status: 'cancelled' } }] }), config({ sessions: [{ id: 's1', change: { status: 'moved' }, recording: 'https://example.org/r' }] })],
    misses: [
      { config: config({ sessions: [{ id: 's1', change: { status: 'cancelled' }, recording: 'https://example.org/r' }] }), path: ['sessions', 0, 'change', 'status'], says: 'cancelled session' },
      { config: config({ sessions: [{ id: 's1', change: { status: 'cancelled' }, livestream: 'https://example.org/l' }] }), path: ['sessions', 0, 'change', 'status'], says: 'cancelled session' },
    ],
  },
  'sessions.moved-online': {
    meets: [config({ sessions: [{ id: 's1', change: { status: 'moved-online' }, online: true }] }), config({ sessions: [{ id: 's1', online: false }] })],
    misses: [{ config: config({ sessions: [{ id: 's1', change: { status: 'moved-online' }, online: false }] }), path: ['sessions', 0, 'online'], says: 'Set online: true' }],
  },
  'sessions.agenda-references': {
    meets: [
      config({
        speakers: [{ id: 'ana' }],
        evidence: [{ id: 'talk' }],
        sessions: [{ id: 's1', agenda: [{ speakers: ['ana', { speaker: 'ana', as: 'chair' }], evidence: ['talk'] }], days: [{ agenda: [{ speakers: ['ana'] }] }], parallel_groups: [{ agenda: [{ evidence: ['talk'] }] }] }],
      }),
    ],
    misses: [
      { config: config({ speakers: [{ id: 'ana' }], sessions: [{ id: 's1', agenda: [{ speakers: ['bob'] }] }] }), path: ['sessions', 0, 'agenda', 0, 'speakers', 0], says: 'no speaker with the id "bob". Use one of: ana' },
      { config: config({ speakers: [{ id: 'ana' }], sessions: [{ id: 's1', agenda: [{ speakers: [{ speaker: 'bob' }] }] }] }), path: ['sessions', 0, 'agenda', 0, 'speakers', 0, 'speaker'], says: 'no speaker' },
      { config: config({ evidence: [], sessions: [{ id: 's1', days: [{ agenda: [{ evidence: ['talk'] }] }] }] }), path: ['sessions', 0, 'days', 0, 'agenda', 0, 'evidence', 0], says: 'Add it under evidence first' },
      { config: config({ speakers: [{ id: 'ana' }], sessions: [{ id: 's1', parallel_groups: [{ agenda: [{ speakers: ['bob'] }] }] }] }), path: ['sessions', 0, 'parallel_groups', 0, 'agenda', 0, 'speakers', 0], says: 'no speaker' },
    ],
  },
  'evidence.references': {
    meets: [config({ sessions: [{ id: 's1' }], speakers: [{ id: 'ana' }], evidence: [{ id: 'e1', session: 's1', speakers: ['ana', { speaker: 'ana' }] }] })],
    misses: [
      { config: config({ sessions: [{ id: 's1' }], evidence: [{ id: 'e1', session: 's2' }] }), path: ['evidence', 0, 'session'], says: 'no session with the id "s2"' },
      { config: config({ speakers: [{ id: 'ana' }], evidence: [{ id: 'e1', speakers: [{ speaker: 'bob' }] }] }), path: ['evidence', 0, 'speakers', 0, 'speaker'], says: 'no speaker' },
    ],
  },
  'dates.in-order': {
    meets: [
      config({
        timeline: { announced: '2026-01-10', recruitment: { opens: '2026-02-01', closes: '2026-03-01' }, archived: '2027-12-01' },
        sessions: [timed('s1', '2026-04-04T10:00', '2026-04-04T16:00'), { id: 's2', days: [{ date: '2026-05-02' }] }, { id: 'off', start: '2026-01-01', change: { status: 'cancelled' } }],
        report: { date: '2026-06-01' },
        response: { date: '2026-09-01' },
        submissions: { opens: '2026-02-01', closes: '2026-03-01' },
        site: { accessibility: { prepared: '2026-01-01', last_reviewed: '2026-06-01' } },
        recommendations: [{ id: 'r1', response: { date: '2026-09-02' }, implementation: [{ date: '2026-12-01' }] }],
      }),
    ],
    misses: [
      { config: config({ timeline: { announced: '2026-03-01', recruitment: { opens: '2026-02-01' } } }), path: ['timeline', 'recruitment', 'opens'], says: 'comes before timeline.announced (2026-03-01)' },
      { config: config({ timeline: { recruitment: { opens: '2026-02-01', closes: '2026-01-01' } } }), path: ['timeline', 'recruitment', 'closes'], says: 'comes before timeline.recruitment.opens' },
      { config: config({ timeline: { recruitment: { closes: '2026-05-01' } }, sessions: [timed('s1', '2026-04-04T10:00', '2026-04-04T16:00')] }), path: ['sessions'], says: 'comes before timeline.recruitment.closes' },
      { config: config({ timeline: { archived: '2026-04-01' }, sessions: [{ id: 's2', days: [{ date: '2026-05-02' }] }] }), path: ['timeline', 'archived'], says: 'comes before the sessions (2026-05-02)' },
      { config: config({ sessions: [timed('s1', '2026-04-04T10:00', '2026-04-04T16:00')], report: { date: '2026-04-01' } }), path: ['report', 'date'], says: 'comes before the first session' },
      { config: config({ report: { date: '2026-06-01' }, response: { date: '2026-05-01' } }), path: ['response', 'date'], says: 'comes before report.date' },
      { config: config({ submissions: { opens: '2026-02-01', closes: '2026-01-01' } }), path: ['submissions', 'closes'], says: 'before submissions.opens' },
      { config: config({ site: { accessibility: { prepared: '2026-02-01', last_reviewed: '2026-01-01' } } }), path: ['site', 'accessibility', 'last_reviewed'], says: 'before site.accessibility.prepared' },
      { config: config({ report: { date: '2026-06-01' }, recommendations: [{ id: 'r1', response: { date: '2026-05-01' } }] }), path: ['recommendations', 0, 'response', 'date'], says: 'before report.date' },
      { config: config({ response: { date: '2026-09-01' }, recommendations: [{ id: 'r1', implementation: [{ date: '2026-08-01' }] }] }), path: ['recommendations', 0, 'implementation', 0, 'date'], says: '(2026-09-01)' },
    ],
  },
  'members.selection-funnel': {
    meets: [members({ selection: { invitations_sent: 10000, replies: 500, selected: 50, dropped_out: 3 } }), members({ selection: { replies: { about: 500 }, selected: 500 } })],
    misses: [
      { config: members({ selection: { invitations_sent: 100, replies: 101 } }), path: ['members', 'selection', 'replies'], says: '101 is more than the 100 invitations sent' },
      { config: members({ selection: { replies: { about: 40 }, selected: 50 } }), path: ['members', 'selection', 'selected'], says: 'This figure (50) is more than the replies (about 40)' },
      { config: members({ selection: { selected: 50, dropped_out: { more_than: 60 } } }), path: ['members', 'selection', 'dropped_out'], says: 'more than the members selected' },
    ],
  },
  'members.count-adds-up': {
    meets: [
      members({ count: 49, selection: { selected: 50, dropped_out: 3, replaced: 2 } }),
      members({ count: 47, selection: { selected: 50, dropped_out: 3 } }),
      members({ count: 40, selection: { selected: 50, dropped_out: 3 }, figures_note: 'Some members left after the count.' }),
      members({ count: { about: 40 }, selection: { selected: 50, dropped_out: 3 } }),
    ],
    misses: [
      { config: members({ count: 48, selection: { selected: 50, dropped_out: 3, replaced: 2 } }), path: ['members', 'count'], says: '48 members does not match 50 selected, less 3 who dropped out, plus 2' },
      { config: members({ count: 46, selection: { selected: 50, dropped_out: 3 } }), path: ['members', 'count'], says: 'plus 0 added as replacements (47)' },
    ],
  },
  'members.payment-not-zero': {
    meets: [members({ support: { payment: { amount: { amount: 150 } } } }), members({ support: { payment: 'unpaid' } })],
    misses: [{ config: members({ support: { payment: { amount: { amount: 0 } } } }), path: ['members', 'support', 'payment', 'amount', 'amount'], says: 'payment: unpaid' }],
  },
  'members.profile-category-figure': {
    meets: [profile([{ name: 'Under 30', members: 8 }, { name: '30 and over', share: 66 }])],
    misses: [{ config: profile([{ name: 'Under 30', members: 8 }, { name: '30 and over' }]), path: ['members', 'profile', 0, 'categories', 1], says: '"30 and over" has no figure' }],
  },
  'members.profile-shares-total-100': {
    // Rounded shares within 1 of 100 are fine; beyond that they are not.
    meets: [profile([{ name: 'A', members: 8, share: 33.5, population_share: 30 }, { name: 'B', members: 16, share: 67.5, population_share: 69 }])],
    misses: [
      { config: profile([{ name: 'A', members: 8, population_share: 30 }, { name: 'B', members: 16, population_share: 71.5 }]), path: ['members', 'profile', 0, 'categories'], says: 'population shares of "Age" add up to 101.5' },
      { config: profile([{ name: 'A', share: 30 }, { name: 'B', share: 68.5 }]), path: ['members', 'profile', 0, 'categories'], says: "members' shares of \"Age\" add up to 98.5" },
    ],
  },
  'members.profile-counts-within-base': {
    meets: [profile([{ name: 'A', members: 8 }, { name: 'B', members: 16 }]), profile([{ name: 'A', members: 20 }, { name: 'B', members: 10 }], { base: { who: 'members selected', total: 30 } })],
    misses: [
      { config: profile([{ name: 'A', members: 9 }, { name: 'B', members: 16 }]), path: ['members', 'profile', 0, 'categories'], says: 'count 25 members, more than the 24 in members.count' },
      { config: profile([{ name: 'A', members: 21 }, { name: 'B', members: 10 }], { base: { total: 30 } }), path: ['members', 'profile', 0, 'categories'], says: 'more than the 30 in its base' },
    ],
  },
  'members.attendance-references': {
    meets: [config({ sessions: [{ id: 's1' }], members: { attendance: [{ session: 's1', count: 20 }] } })],
    misses: [{ config: config({ sessions: [{ id: 's1' }], members: { attendance: [{ session: 's9', count: 20 }] } }), path: ['members', 'attendance', 0, 'session'], says: 'no session with the id "s9"' }],
  },
  'recommendations.reserved-ids': {
    meets: [config({ recommendations: [{ id: 'transport' }] })],
    misses: [{ config: config({ recommendations: [{ id: 'theme' }] }), path: ['recommendations', 0, 'id'], says: 'kept for the filter pages' }],
  },
  'recommendations.references': {
    meets: [config({ themes: [{ id: 'travel' }], linked_bodies: [{ id: 'youth' }], recommendations: [{ id: 'r1', theme: 'travel', from: 'youth' }] }), config({ themes: [], recommendations: [{ id: 'r1', theme: 'anything' }] })],
    misses: [
      { config: config({ themes: [{ id: 'travel' }], recommendations: [{ id: 'r1', theme: 'homes' }] }), path: ['recommendations', 0, 'theme'], says: 'no theme with the id "homes"' },
      { config: config({ linked_bodies: [{ id: 'youth' }], recommendations: [{ id: 'r1', from: 'elders' }] }), path: ['recommendations', 0, 'from'], says: 'no linked body' },
    ],
  },
  'votes.figures-given': {
    meets: [vote({ for: 20, against: 3 }), vote({ url: 'https://example.org/votes' }), vote({ held: false }), config({ recommendations: [{ id: 'r1', vote: 'not published' }] })],
    misses: [
      { config: vote({ held: false, for: 3 }), path: ['recommendations', 0, 'vote', 'held'], says: 'not held has no figures' },
      { config: vote({ base: 'votes-cast' }), path: ['recommendations', 0, 'vote'], says: 'The vote has no figures' },
    ],
  },
  'votes.support-and-opposed-within-100': {
    meets: [vote({ support: 50, opposed: 50.5 })],
    misses: [{ config: vote({ support: 50, opposed: 51 }), path: ['recommendations', 0, 'vote', 'opposed'], says: 'make more than 100%' }],
  },
  'votes.support-means-has-support': {
    meets: [vote({ support: 80, support_means: 'strongly agree or agree' })],
    misses: [{ config: vote({ for: 3, support_means: 'agree' }), path: ['recommendations', 0, 'vote', 'support_means'], says: 'there is none' }],
  },
  'votes.counts-within-members': {
    meets: [vote({ for: 20, against: 3, abstain: 1 }), vote({ for: 30, out_of: 30 }, { members: undefined }), vote({ for: 100 }, { members: undefined })],
    misses: [
      { config: vote({ for: 20, against: 4, abstain: 1 }), path: ['recommendations', 0, 'vote'], says: '25 votes were counted but the assembly has 24 members' },
      { config: vote({ for: 20, against: 4, out_of: 23 }), path: ['recommendations', 0, 'vote'], says: 'more than the 23 in out_of' },
      { config: vote({ for: 26 }, { members: { count: 20, attendance: [{ session: 's1', count: 25 }] } }), path: ['recommendations', 0, 'vote'], says: 'the assembly has 25 members' },
    ],
  },
  'votes.out-of-for-base': {
    meets: [vote({ for: 20, base: 'members-present', out_of: 22 }), vote({ for: 20, base: 'votes-cast' })],
    misses: [
      { config: vote({ for: 20, base: 'members-present' }), path: ['recommendations', 0, 'vote', 'out_of'], says: 'With base: members-present' },
      { config: vote({ for: 20, base: 'all-members' }), path: ['recommendations', 0, 'vote', 'out_of'], says: 'With base: all-members' },
    ],
  },
  'votes.option-figure': {
    meets: [vote({ options: [{ label: 'A', votes: 10 }, { label: 'B', share: 40 }] })],
    misses: [{ config: vote({ options: [{ label: 'A', votes: 10 }, { label: 'B' }] }), path: ['recommendations', 0, 'vote', 'options', 1], says: '"B" has no figure' }],
  },
  'votes.option-shares-total-100': {
    meets: [vote({ options: [{ label: 'A', share: 60 }, { label: 'B', share: 41 }] }), vote({ choice: 'several', options: [{ label: 'A', share: 60 }, { label: 'B', share: 60 }] })],
    misses: [{ config: vote({ options: [{ label: 'A', share: 60 }, { label: 'B', share: 41.5 }] }), path: ['recommendations', 0, 'vote', 'options'], says: 'add up to 101.5' }],
  },
  'votes.option-against': {
    meets: [vote({ choice: 'each', options: [{ label: 'A', share: 60, against: 40.5 }] })],
    misses: [
      { config: vote({ options: [{ label: 'A', share: 60, against: 30 }] }), path: ['recommendations', 0, 'vote', 'options', 0, 'against'], says: 'Set choice: each' },
      { config: vote({ choice: 'each', options: [{ label: 'A', share: 60, against: 41 }] }), path: ['recommendations', 0, 'vote', 'options', 0, 'against'], says: 'make more than 100%' },
    ],
  },
  'votes.option-votes-within-members': {
    meets: [vote({ options: [{ label: 'A', votes: 20 }, { label: 'B', votes: 4 }] }), vote({ choice: 'several', options: [{ label: 'A', votes: 20 }, { label: 'B', votes: 20 }] })],
    misses: [{ config: vote({ options: [{ label: 'A', votes: 20 }, { label: 'B', votes: 5 }] }), path: ['recommendations', 0, 'vote', 'options'], says: 'have 25 votes in all, more than the 24 members' }],
  },
  'votes.conditional-on': {
    meets: [
      config({
        recommendations: [
          { id: 'ballot', vote: { options: [{ label: 'Tax', share: 60 }, { label: 'Charge', share: 40 }] } },
          { id: 'r2', vote: { for: 20, conditional_on: { output: 'ballot', option: 'Tax' } } },
        ],
      }),
    ],
    misses: [
      { config: config({ recommendations: [{ id: 'r2', vote: { for: 20, conditional_on: { output: 'ballot' } } }] }), path: ['recommendations', 0, 'vote', 'conditional_on', 'output'], says: 'no output with the id "ballot"' },
      {
        config: config({ recommendations: [{ id: 'ballot', vote: { for: 3 } }, { id: 'r2', vote: { for: 20, conditional_on: { output: 'ballot' } } }] }),
        path: ['recommendations', 1, 'vote', 'conditional_on', 'output'],
        says: 'has no options',
      },
      {
        config: config({ recommendations: [{ id: 'ballot', vote: { options: [{ label: 'Tax', share: 100 }] } }, { id: 'r2', vote: { for: 20, conditional_on: { output: 'ballot', option: 'Levy' } } }] }),
        path: ['recommendations', 1, 'vote', 'conditional_on', 'option'],
        says: 'Use one of: Tax',
      },
    ],
  },
  'response.dated': {
    meets: [config({ response: { date: '2026-09-01', title: 'Our response' } }), config({ response: { events: [{ date: '2026-09-01' }] } })],
    misses: [
      { config: config({ response: { events: [] } }), path: ['response'], says: 'no date and no events' },
      { config: config({ response: { title: 'Our response', events: [{ date: '2026-09-01' }] } }), path: ['response', 'date'], says: 'a title but no date' },
    ],
  },
  'response.by-theme-has-answers': {
    meets: [config({ response: { answers: 'by-theme' }, themes: [{ id: 't', response: { status: 'accepted' } }] })],
    misses: [{ config: config({ response: { answers: 'by-theme' }, themes: [{ id: 't' }] }), path: ['response', 'answers'], says: 'no theme has a response' }],
  },
  'response.editors-give-source': {
    meets: [config({ recommendations: [{ id: 'r1', response: { set_by: 'editors', source: 'https://example.org/minutes' } }], themes: [{ id: 't', response: { set_by: 'body' } }] })],
    misses: [
      { config: config({ recommendations: [{ id: 'r1', response: { set_by: 'editors' } }] }), path: ['recommendations', 0, 'response', 'source'], says: 'needs its source' },
      { config: config({ themes: [{ id: 't', response: { set_by: 'editors' } }] }), path: ['themes', 0, 'response', 'source'], says: 'needs its source' },
    ],
  },
  'submissions.counts-within-received': {
    meets: [config({ submissions: { received: 100, published: 90, not_published: [{ count: 10 }] } }), config({ submissions: { received: { more_than: 100 }, published: 500 } })],
    misses: [{ config: config({ submissions: { received: 100, published: 90, not_published: [{ count: 11 }] } }), path: ['submissions', 'received'], says: '101 submissions are published' }],
  },
  'funding.source-given': {
    meets: [config({ funding: { source: 'The council' } }), config({ funding: { funders: [{ name: 'A trust' }] } })],
    misses: [{ config: config({ funding: { funders: [] } }), path: ['funding', 'source'], says: 'where the money comes from' }],
  },
  'oversight.minutes-consistent': {
    meets: [config({ oversight: [{ minutes_published: false }, { minutes: [{ title: 'Minutes' }] }] })],
    misses: [{ config: config({ oversight: [{ minutes_published: false, minutes: [{ title: 'Minutes' }] }] }), path: ['oversight', 0, 'minutes_published'], says: 'Remove one of them' }],
  },
  'video.single-video': {
    meets: [config({ sessions: [{ id: 's1', livestream: 'https://www.youtube.com/watch?v=abcdefghijk', recording: [{ url: 'https://vimeo.com/123456' }] }], evidence: [{ id: 'e', video: 'https://council.example/archive' }] })],
    misses: [
      { config: config({ sessions: [{ id: 's1', livestream: 'https://www.youtube.com/@council' }] }), path: ['sessions', 0, 'livestream'], says: 'This YouTube address is not a single video' },
      { config: config({ sessions: [{ id: 's1', recording: [{ url: 'https://vimeo.com/channels/council' }] }] }), path: ['sessions', 0, 'recording', 0, 'url'], says: 'Vimeo' },
      { config: config({ evidence: [{ id: 'e', video: 'https://www.youtube.com/playlist?list=PL123' }] }), path: ['evidence', 0, 'video'], says: 'not a single video' },
    ],
  },
};

const found = (check: string, fields: ValidSections, raw?: unknown) => crossCheck(fields, raw ?? fields).filter((p) => p.check === check);

describe('cross-checks, each with configs that meet it and configs that miss it', () => {
  it('every check has examples of both, and every example names a check that exists', () => {
    const ids = crossChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const without = ids.filter((id) => !examples[id] || examples[id].meets.length === 0 || examples[id].misses.length === 0);
    expect(without, 'checks with no example that meets or misses them').toEqual([]);
    expect(Object.keys(examples).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const [id, { meets, misses, raw }] of Object.entries(examples)) {
    describe(id, () => {
      it.each(meets.map((fields, i) => [i, fields] as const))('example %i meets it', (i, fields) => {
        expect(found(id, fields, raw?.[i])).toEqual([]);
      });
      it.each(misses.map((miss, i) => [i, miss] as const))('example %i misses it, at the field to fix', (_i, miss) => {
        const problems = found(id, miss.config, miss.raw);
        expect(problems.map((p) => p.path)).toContainEqual(miss.path);
        expect(problems.find((p) => JSON.stringify(p.path) === JSON.stringify(miss.path))!.message).toContain(miss.says);
      });
    });
  }
});
