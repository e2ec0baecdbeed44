/**
 * Rules that span fields: unique ids, references that must resolve, dates in order, figures that
 * must add up, and checks on links and colours. Each rule reads only the sections that passed the
 * schema, so one broken section does not hide problems in the others.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { contrastRatio, minimumContrast } from '../colour-contrast.ts';
import { reservedRecommendationIds } from '../site/filters.ts';
import { toInstant } from '../time-zone.ts';
import { videoProviderOf } from '../video-providers.ts';
import { videoEmbed } from '../site/video.ts';
import type { Loose } from './partial-parse.ts';
import type { FieldPath, Severity } from './problems.ts';

export interface RuleProblem {
  severity: Severity;
  path: FieldPath;
  message: string;
}

/** The valid parts of the config (see partial-parse.ts): rules must not assume any field exists. */
export type ValidSections = Loose<AssemblyConfig>;

export function crossCheck(config: ValidSections): RuleProblem[] {
  return rules.flatMap((rule) => rule(config));
}

const error = (path: FieldPath, message: string): RuleProblem => ({ severity: 'error', path, message });
const warning = (path: FieldPath, message: string): RuleProblem => ({ severity: 'warning', path, message });

type Rule = (config: ValidSections) => RuleProblem[];

function uniqueIds(section: 'sessions' | 'speakers' | 'evidence' | 'recommendations', noun: string): Rule {
  return (config) => {
    const seen = new Map<string, number>();
    const problems: RuleProblem[] = [];
    (config[section] ?? []).forEach((item, index) => {
      if (!item?.id) return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        problems.push(
          error(
            [section, index, 'id'],
            `The id "${item.id}" is already used by ${section}.${first}. Give each ${noun} its own id.`,
          ),
        );
    });
    return problems;
  };
}

function reference(
  path: FieldPath,
  id: string | undefined,
  ids: Set<string> | undefined,
  noun: string,
  section: string,
): RuleProblem[] {
  if (!ids || id === undefined || ids.has(id)) return [];
  const known = [...ids];
  const list = known.length > 0 ? `Use one of: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', ...' : ''}.` : `Add it under ${section} first.`;
  return [error(path, `There is no ${noun} with the id "${id}". ${list}`)];
}

const idsOf = (items: ReadonlyArray<{ id?: string } | undefined> | undefined) =>
  items ? new Set(items.flatMap((item) => (item?.id ? [item.id] : []))) : undefined;

const reservedIds: Rule = ({ recommendations }) =>
  (recommendations ?? []).flatMap((rec, r) =>
    rec?.id && (reservedRecommendationIds as readonly string[]).includes(rec.id)
      ? [error(['recommendations', r, 'id'], `"${rec.id}" is kept for the filter pages (recommendations/${rec.id}/). Choose another id.`)]
      : [],
  );

const references: Rule = (config) => {
  const speakers = idsOf(config.speakers);
  const evidence = idsOf(config.evidence);
  const sessions = idsOf(config.sessions);
  const problems: RuleProblem[] = [];
  config.sessions?.forEach((session, s) =>
    session?.agenda?.forEach((item, a) => {
      item?.speakers?.forEach((id, k) =>
        problems.push(...reference(['sessions', s, 'agenda', a, 'speakers', k], id, speakers, 'speaker', 'speakers')),
      );
      item?.evidence?.forEach((id, k) =>
        problems.push(...reference(['sessions', s, 'agenda', a, 'evidence', k], id, evidence, 'evidence item', 'evidence')),
      );
    }),
  );
  config.evidence?.forEach((item, e) => {
    if (!item) return;
    if (item.session) problems.push(...reference(['evidence', e, 'session'], item.session, sessions, 'session', 'sessions'));
    item.speakers?.forEach((id, k) =>
      problems.push(...reference(['evidence', e, 'speakers', k], id, speakers, 'speaker', 'speakers')),
    );
  });
  return problems;
};

const sessionRules: Rule = ({ sessions, time_zone }) => {
  if (!sessions) return [];
  const zone = time_zone ?? 'Europe/London';
  return sessions.flatMap((session, s) => {
    const problems: RuleProblem[] = [];
    if (!session) return problems;
    if (session.start && session.end && toInstant(session.end, zone) <= toInstant(session.start, zone)) {
      problems.push(error(['sessions', s, 'end'], `The session ends (${session.end}) before it starts (${session.start}). Check both times.`));
    }
    if (!session.streamed && !session.not_streamed_reason) {
      problems.push(
        error(
          ['sessions', s, 'not_streamed_reason'],
          'Sessions that are not streamed must say why (G18). Add not_streamed_reason, or set streamed: true.',
        ),
      );
    }
    if (!session.streamed && session.livestream) {
      problems.push(error(['sessions', s, 'livestream'], 'This session has a livestream link but streamed is false. Set streamed: true, or remove the link.'));
    }
    return problems;
  });
};

/** Pairs of dates that must be in order: [earlier path, earlier, later path, later, what to say]. */
const datesInOrder: Rule = (config) => {
  const pairs: Array<[FieldPath, string | undefined, FieldPath, string | undefined]> = [];
  const { timeline, sessions, report, response, submissions, site } = config;
  const firstSession = sessions?.flatMap((s) => (s?.start ? [s.start.slice(0, 10)] : [])).sort()[0];
  const lastSession = sessions?.flatMap((s) => (s?.end ? [s.end.slice(0, 10)] : [])).sort().at(-1);
  if (timeline) {
    pairs.push([['timeline', 'announced'], timeline.announced, ['timeline', 'recruitment', 'opens'], timeline.recruitment?.opens]);
    pairs.push([['timeline', 'recruitment', 'opens'], timeline.recruitment?.opens, ['timeline', 'recruitment', 'closes'], timeline.recruitment?.closes]);
    pairs.push([['timeline', 'recruitment', 'closes'], timeline.recruitment?.closes, ['sessions'], firstSession]);
    pairs.push([['sessions'], lastSession, ['timeline', 'archived'], timeline.archived]);
  }
  if (report) pairs.push([['sessions'], lastSession, ['report', 'date'], report.date]);
  if (response) pairs.push([['report', 'date'], report?.date, ['response', 'date'], response.date]);
  if (submissions) pairs.push([['submissions', 'opens'], submissions.opens, ['submissions', 'closes'], submissions.closes]);
  if (site?.accessibility) pairs.push([['site', 'accessibility', 'prepared'], site.accessibility.prepared, ['site', 'accessibility', 'last_reviewed'], site.accessibility.last_reviewed]);
  config.recommendations?.forEach((rec, r) => {
    if (!rec) return;
    if (rec.response) pairs.push([['report', 'date'], report?.date, ['recommendations', r, 'response', 'date'], rec.response.date]);
    rec.implementation?.forEach((update, u) =>
      pairs.push([['recommendations', r, 'response', 'date'], rec.response?.date ?? report?.date, ['recommendations', r, 'implementation', u, 'date'], update?.date]),
    );
  });
  return pairs.flatMap(([earlierPath, earlier, laterPath, later]) =>
    earlier && later && later < earlier
      ? [error(laterPath, `This date (${later}) comes before ${label(earlierPath)} (${earlier}), but it should come after. Check both dates.`)]
      : [],
  );
};

function label(path: FieldPath): string {
  return path[0] === 'sessions' && path.length === 1 ? 'the sessions' : path.join('.');
}

const membersRules: Rule = ({ members }) => {
  if (!members) return [];
  const problems: RuleProblem[] = [];
  const sel = members.selection;
  const count = members.count;
  if (sel) {
    const steps: Array<[string, number | undefined, number | undefined, string]> = [
      ['replies', sel.replies, sel.invitations_sent, 'invitations sent'],
      ['selected', sel.selected, sel.replies, 'replies'],
      ['dropped_out', sel.dropped_out, sel.selected, 'members selected'],
      ['replaced', sel.replaced, sel.dropped_out, 'members who dropped out'],
    ];
    for (const [field, value, limit, noun] of steps) {
      if (value !== undefined && limit !== undefined && value > limit) {
        problems.push(error(['members', 'selection', field], `${value} is more than the ${limit} ${noun}. Check both figures.`));
      }
    }
    if (sel.selected !== undefined && sel.dropped_out !== undefined && count !== undefined) {
      const expected = sel.selected - sel.dropped_out + (sel.replaced ?? 0);
      if (expected !== count) {
        problems.push(
          warning(
            ['members', 'count'],
            `${count} members does not match ${sel.selected} selected, less ${sel.dropped_out} who dropped out, plus ${sel.replaced ?? 0} replaced (${expected}). Check the figures, or explain the difference in members.selection.method.`,
          ),
        );
      }
    }
  }
  members.profile?.forEach((dimension, d) => {
    const categories = dimension?.categories;
    if (!dimension || !categories || categories.some((c) => c === undefined)) return;
    const shares = categories.map((c) => c?.population_share);
    if (shares.every((s) => s !== undefined)) {
      const total = shares.reduce((sum: number, s) => sum + (s ?? 0), 0);
      if (Math.abs(total - 100) > 1) {
        problems.push(
          error(
            ['members', 'profile', d, 'categories'],
            `The population shares of "${dimension.dimension ?? `dimension ${d + 1}`}" add up to ${round(total)}, not 100. Correct them so they total 100 (rounding within 1 is fine).`,
          ),
        );
      }
    }
    const counted = categories.reduce((sum, c) => sum + (c?.members ?? 0), 0);
    if (count !== undefined && counted > count) {
      problems.push(
        error(['members', 'profile', d, 'categories'], `The categories of "${dimension.dimension ?? `dimension ${d + 1}`}" count ${counted} members, more than the ${count} in members.count. Correct the counts.`),
      );
    }
  });
  return problems;
};

const round = (n: number) => Math.round(n * 10) / 10;

const voteRules: Rule = ({ recommendations, members }) =>
  (recommendations ?? []).flatMap((rec, r) => {
    const vote = rec?.vote;
    if (!vote) return [];
    const counts = [vote.for, vote.against, vote.abstain];
    const hasCounts = counts.some((c) => c !== undefined);
    if (!hasCounts && vote.support === undefined) {
      return [error(['recommendations', r, 'vote'], 'The vote has no figures. Add for, against and abstain counts, or a support share.')];
    }
    const total = counts.reduce((sum: number, c) => sum + (c ?? 0), 0);
    if (members?.count !== undefined && total > members.count) {
      return [
        error(
          ['recommendations', r, 'vote'],
          `${total} votes were counted but the assembly has ${members.count} members. Check the for, against and abstain counts.`,
        ),
      ];
    }
    return [];
  });

const submissionRules: Rule = ({ submissions }) => {
  if (!submissions || submissions.received === undefined) return [];
  const accounted = (submissions.published ?? 0) + (submissions.not_published ?? []).reduce((sum, n) => sum + (n?.count ?? 0), 0);
  return accounted > submissions.received
    ? [error(['submissions', 'received'], `${accounted} submissions are published or counted as not published, but only ${submissions.received} were received. Check the counts.`)]
    : [];
};

/**
 * A YouTube or Vimeo address that is not a single video (a channel, a playlist) gets no player,
 * which is rarely what was meant. Other hosts, such as a council's own archive page, are shown as
 * plain links naming the host, as intended.
 */
const videoLinks: Rule = ({ sessions, evidence }) => {
  const links: Array<[FieldPath, string | undefined]> = [];
  sessions?.forEach((s, i) => links.push([['sessions', i, 'livestream'], s?.livestream], [['sessions', i, 'recording'], s?.recording]));
  evidence?.forEach((e, i) => links.push([['evidence', i, 'video'], e?.video]));
  return links.flatMap(([path, url]) => {
    const provider = url ? videoProviderOf(url)?.name : undefined;
    return url && (provider === 'YouTube' || provider === 'Vimeo') && !videoEmbed(url)
      ? [warning(path, `This ${provider} address is not a single video, so the site will show a plain link instead of a player. Use the address of the video itself.`)]
      : [];
  });
};

const brandColour: Rule = ({ site }) => {
  const colour = site?.branding?.colour;
  if (!colour) return [];
  const ratio = contrastRatio(colour, '#ffffff');
  return ratio < minimumContrast
    ? [
        error(
          ['site', 'branding', 'colour'],
          `${colour} has a contrast of ${ratio.toFixed(2)}:1 with white, below the ${minimumContrast}:1 that WCAG requires. Choose a darker shade.`,
        ),
      ]
    : [];
};

const redirectRules: Rule = ({ redirects }) => {
  const seen = new Set<string>();
  return (redirects ?? []).flatMap((redirect, r) => {
    if (!redirect?.from || !redirect.to) return [];
    if (redirect.from === redirect.to) return [error(['redirects', r, 'to'], 'This redirect leads to itself. Give the new address in to.')];
    if (seen.has(redirect.from)) return [error(['redirects', r, 'from'], `"${redirect.from}" is already redirected above. Keep one of them.`)];
    seen.add(redirect.from);
    return [];
  });
};

const rules: Rule[] = [
  redirectRules,
  uniqueIds('sessions', 'session'),
  uniqueIds('speakers', 'speaker'),
  uniqueIds('evidence', 'evidence item'),
  uniqueIds('recommendations', 'recommendation'),
  reservedIds,
  references,
  sessionRules,
  datesInOrder,
  membersRules,
  voteRules,
  submissionRules,
  videoLinks,
  brandColour,
];
