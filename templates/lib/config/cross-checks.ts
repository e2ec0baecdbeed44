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

/**
 * `raw` is the config as written, before any part was dropped as invalid: a rule that asks for a
 * missing field looks there, so a field that is present but wrong is not also called missing.
 */
export function crossCheck(config: ValidSections, raw: unknown = config): RuleProblem[] {
  return rules.flatMap((rule) => rule(config, raw));
}

const error = (path: FieldPath, message: string): RuleProblem => ({ severity: 'error', path, message });
const warning = (path: FieldPath, message: string): RuleProblem => ({ severity: 'warning', path, message });

type Rule = (config: ValidSections, raw: unknown) => RuleProblem[];

/** A figure as it survives a partial parse: exact, approximate, a range, a floor, or not published. */
type LooseFigure = number | string | { about?: number } | { between?: Array<number | undefined> } | { more_than?: number } | undefined;

/** The lowest and highest values a figure allows; undefined when unknown. */
function bounds(value: LooseFigure): [number, number] | undefined {
  if (typeof value === 'number') return [value, value];
  if (!value || typeof value !== 'object') return undefined;
  if ('about' in value && typeof value.about === 'number') return [value.about, value.about];
  if ('between' in value && value.between?.every((n) => typeof n === 'number')) {
    const [a, b] = value.between as [number, number];
    return [Math.min(a, b), Math.max(a, b)];
  }
  if ('more_than' in value && typeof value.more_than === 'number') return [value.more_than, Number.POSITIVE_INFINITY];
  return undefined;
}
const exact = (value: LooseFigure) => (typeof value === 'number' ? value : undefined);
const shown = (value: LooseFigure) => {
  if (typeof value === 'number') return String(value);
  const b = bounds(value);
  if (!b) return 'this figure';
  return b[0] === b[1] ? `about ${b[0]}` : b[1] === Number.POSITIVE_INFINITY ? `more than ${b[0]}` : `between ${b[0]} and ${b[1]}`;
};
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

function uniqueIds(section: 'sessions' | 'speakers' | 'evidence' | 'recommendations' | 'themes' | 'linked_bodies', noun: string): Rule {
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

/** The id in a speaker reference: a plain id, or { speaker: id, as: … }. */
const refId = (ref: string | { speaker?: string } | undefined) => (typeof ref === 'string' ? ref : ref?.speaker);
const refPath = (path: FieldPath, ref: string | { speaker?: string } | undefined): FieldPath => (typeof ref === 'string' ? path : [...path, 'speaker']);

const reservedIds: Rule = ({ recommendations }) =>
  (recommendations ?? []).flatMap((rec, r) =>
    rec?.id && (reservedRecommendationIds as readonly string[]).includes(rec.id)
      ? [error(['recommendations', r, 'id'], `"${rec.id}" is kept for the filter pages (recommendations/${rec.id}/). Choose another id.`)]
      : [],
  );

type LooseAgendaItem = NonNullable<NonNullable<ValidSections['sessions']>[number]>['agenda'];

const references: Rule = (config) => {
  const speakers = idsOf(config.speakers);
  const evidence = idsOf(config.evidence);
  const sessions = idsOf(config.sessions);
  const problems: RuleProblem[] = [];
  const agenda = (items: LooseAgendaItem, path: FieldPath) =>
    items?.forEach((item, a) => {
      item?.speakers?.forEach((ref, k) =>
        problems.push(...reference(refPath([...path, a, 'speakers', k], ref), refId(ref), speakers, 'speaker', 'speakers')),
      );
      item?.evidence?.forEach((id, k) => problems.push(...reference([...path, a, 'evidence', k], id, evidence, 'evidence item', 'evidence')));
    });
  config.sessions?.forEach((session, s) => {
    agenda(session?.agenda, ['sessions', s, 'agenda']);
    session?.days?.forEach((day, d) => agenda(day?.agenda, ['sessions', s, 'days', d, 'agenda']));
    session?.parallel_groups?.forEach((group, g) => agenda(group?.agenda, ['sessions', s, 'parallel_groups', g, 'agenda']));
  });
  config.evidence?.forEach((item, e) => {
    if (!item) return;
    if (item.session) problems.push(...reference(['evidence', e, 'session'], item.session, sessions, 'session', 'sessions'));
    item.speakers?.forEach((ref, k) =>
      problems.push(...reference(refPath(['evidence', e, 'speakers', k], ref), refId(ref), speakers, 'speaker', 'speakers')),
    );
  });
  config.members?.attendance?.forEach((entry, a) =>
    problems.push(...reference(['members', 'attendance', a, 'session'], entry?.session, sessions, 'session', 'sessions')),
  );
  const themes = config.themes && config.themes.length > 0 ? idsOf(config.themes) : undefined;
  const bodies = idsOf(config.linked_bodies);
  config.recommendations?.forEach((rec, r) => {
    if (!rec) return;
    problems.push(...reference(['recommendations', r, 'theme'], rec.theme, themes, 'theme', 'themes'));
    problems.push(...reference(['recommendations', r, 'from'], rec.from, bodies, 'linked body', 'linked_bodies'));
  });
  return problems;
};

type LooseSession = NonNullable<NonNullable<ValidSections['sessions']>[number]>;

/** When a session is: either start (and end) or days, each consistent. */
function sessionTiming(session: LooseSession, s: number, zone: string, written: Record<string, unknown>): RuleProblem[] {
  const at = (...rest: Array<string | number>): FieldPath => ['sessions', s, ...rest];
  const days = session.days ?? [];
  if (days.length > 0) {
    const problems: RuleProblem[] = [];
    if (session.start || session.end) problems.push(error(at('days'), 'Give either start and end, or days, not both. Keep days and remove start and end.'));
    if ((session.agenda?.length ?? 0) > 0) problems.push(error(at('agenda'), 'With days, each day has its own agenda. Move these items under days[].agenda.'));
    const seen = new Set<string>();
    days.forEach((day, d) => {
      if (!day?.date) return;
      if (seen.has(day.date)) problems.push(error(at('days', d, 'date'), `${day.date} is listed twice. Give each day once.`));
      seen.add(day.date);
      if ((day.start === undefined) !== (day.end === undefined)) {
        problems.push(error(at('days', d, day.start ? 'end' : 'start'), 'Give both the start and the end of the day, or neither when the times were not published.'));
      } else if (day.start && day.end && day.end <= day.start) {
        problems.push(error(at('days', d, 'end'), `The day ends (${day.end}) before it starts (${day.start}). Check both times.`));
      }
    });
    return problems;
  }
  if (!session.start) {
    if (written['start'] !== undefined) return [];
    return session.end
      ? [error(at('start'), 'This session has an end but no start. Add start.')]
      : [error(at('start'), 'This session has no date. Add start (a date and time, or a date when the times are not known) and end, or list its days.')];
  }
  const timed = session.start.includes('T');
  if (!session.end) return timed ? [error(at('end'), 'A session with a start time needs an end time. Add end, for example end: ' + `${session.start.slice(0, 10)}T16:00.`)] : [];
  if (session.end.includes('T') !== timed) {
    return [error(at('end'), 'Write start and end the same way: both with times (2027-03-06T10:00), or both as dates (2027-03-06) when the times are not known.')];
  }
  const ends = timed ? toInstant(session.end, zone) <= toInstant(session.start, zone) : session.end < session.start;
  return ends ? [error(at('end'), `The session ends (${session.end}) before it starts (${session.start}). Check both ${timed ? 'times' : 'dates'}.`)] : [];
}

const sessionRules: Rule = ({ sessions, time_zone }, raw) => {
  if (!sessions) return [];
  const zone = time_zone ?? 'Europe/London';
  const written = (raw as { sessions?: unknown[] } | null)?.sessions ?? [];
  return sessions.flatMap((session, s) => {
    if (!session) return [];
    const problems = sessionTiming(session, s, zone, (written[s] ?? {}) as Record<string, unknown>);
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
    const change = session.change;
    if (change?.status === 'cancelled' && (session.recording || session.livestream)) {
      problems.push(error(['sessions', s, 'change', 'status'], 'A cancelled session cannot have a livestream or recording. Remove them, or change the status.'));
    }
    if (change?.status === 'moved-online' && session.online === false) {
      problems.push(error(['sessions', s, 'online'], 'The session was moved online, but online is false. Set online: true.'));
    }
    return problems;
  });
};

/** The first and last day of a loose session, as YYYY-MM-DD. */
function sessionDates(session: LooseSession | undefined): [string, string] | undefined {
  if (!session) return undefined;
  const days = (session.days ?? []).flatMap((d) => (isDate(d?.date) ? [d.date] : [])).sort();
  if (days.length > 0) return [days[0]!, days.at(-1)!];
  if (!isDate(session.start)) return undefined;
  return [session.start.slice(0, 10), (isDate(session.end) ? session.end : session.start).slice(0, 10)];
}

/** Pairs of dates that must be in order: [earlier path, earlier, later path, later]. */
const datesInOrder: Rule = (config) => {
  const pairs: Array<[FieldPath, string | undefined, FieldPath, string | undefined]> = [];
  const { timeline, sessions, report, response, submissions, site } = config;
  const held = (sessions ?? []).filter((s) => s?.change?.status !== 'cancelled');
  const spans = held.flatMap((s) => {
    const dates = sessionDates(s);
    return dates ? [dates] : [];
  });
  const firstSession = spans.map(([first]) => first).sort()[0];
  const lastSession = spans.map(([, last]) => last).sort().at(-1);
  const dated = (value: string | undefined) => (isDate(value) ? value : undefined);
  if (timeline) {
    pairs.push([['timeline', 'announced'], timeline.announced, ['timeline', 'recruitment', 'opens'], dated(timeline.recruitment?.opens)]);
    pairs.push([['timeline', 'recruitment', 'opens'], dated(timeline.recruitment?.opens), ['timeline', 'recruitment', 'closes'], dated(timeline.recruitment?.closes)]);
    pairs.push([['timeline', 'recruitment', 'closes'], dated(timeline.recruitment?.closes), ['sessions'], firstSession]);
    pairs.push([['sessions'], lastSession, ['timeline', 'archived'], timeline.archived]);
  }
  // Sessions may follow the report (one to hear the response, say), but the report follows the first.
  if (report) pairs.push([['the first session'], firstSession, ['report', 'date'], report.date]);
  if (response) pairs.push([['report', 'date'], report?.date, ['response', 'date'], response.date]);
  if (submissions) pairs.push([['submissions', 'opens'], submissions.opens, ['submissions', 'closes'], submissions.closes]);
  if (site?.accessibility) pairs.push([['site', 'accessibility', 'prepared'], site.accessibility.prepared, ['site', 'accessibility', 'last_reviewed'], site.accessibility.last_reviewed]);
  config.recommendations?.forEach((rec, r) => {
    if (!rec) return;
    if (rec.response?.date) pairs.push([['report', 'date'], report?.date, ['recommendations', r, 'response', 'date'], rec.response.date]);
    rec.implementation?.forEach((update, u) =>
      pairs.push([['recommendations', r, 'response', 'date'], rec.response?.date ?? response?.date ?? report?.date, ['recommendations', r, 'implementation', u, 'date'], update?.date]),
    );
  });
  return pairs.flatMap(([earlierPath, earlier, laterPath, later]) =>
    earlier && later && later < earlier
      ? [error(laterPath, `This date (${later}) comes before ${label(earlierPath)} (${earlier}), but it should come after. Check both dates.`)]
      : [],
  );
};

function label(path: FieldPath): string {
  if (path.length === 1 && path[0] === 'sessions') return 'the sessions';
  return path.length === 1 ? String(path[0]) : path.join('.');
}

const membersRules: Rule = ({ members }) => {
  if (!members) return [];
  const problems: RuleProblem[] = [];
  const sel = members.selection;
  if (sel) {
    const steps: Array<[string, LooseFigure, LooseFigure, string]> = [
      ['replies', sel.replies, sel.invitations_sent, 'invitations sent'],
      ['selected', sel.selected, sel.replies, 'replies'],
      ['dropped_out', sel.dropped_out, sel.selected, 'members selected'],
    ];
    for (const [field, value, limit, noun] of steps) {
      const low = bounds(value)?.[0];
      const high = bounds(limit)?.[1];
      if (low !== undefined && high !== undefined && low > high) {
        const message =
          exact(value) !== undefined && exact(limit) !== undefined
            ? `${shown(value)} is more than the ${shown(limit)} ${noun}. Check both figures.`
            : `This figure (${shown(value)}) is more than the ${noun} (${shown(limit)}). Check both figures.`;
        problems.push(error(['members', 'selection', field], message));
      }
    }
    const [selected, dropped, replaced, count] = [exact(sel.selected), exact(sel.dropped_out), exact(sel.replaced), exact(members.count)];
    if (selected !== undefined && dropped !== undefined && count !== undefined && !members.figures_note) {
      const expected = selected - dropped + (replaced ?? 0);
      if (expected !== count) {
        problems.push(
          warning(
            ['members', 'count'],
            `${count} members does not match ${selected} selected, less ${dropped} who dropped out, plus ${replaced ?? 0} added as replacements (${expected}). Check the figures, or say why they differ in members.figures_note.`,
          ),
        );
      }
    }
  }
  const payment = members.support?.payment;
  if (payment && typeof payment === 'object' && exact(payment.amount?.amount as LooseFigure) === 0) {
    problems.push(error(['members', 'support', 'payment', 'amount', 'amount'], 'A payment of 0 would read "paid £0". Write payment: unpaid instead.'));
  }
  const headcount = bounds(members.count as LooseFigure)?.[1];
  members.profile?.forEach((dimension, d) => {
    const categories = dimension?.categories;
    if (!dimension || !categories || categories.some((c) => c === undefined)) return;
    const name = dimension.dimension ?? `dimension ${d + 1}`;
    categories.forEach((c, i) => {
      if (c?.members === undefined && c?.share === undefined) {
        problems.push(error(['members', 'profile', d, 'categories', i], `"${c?.name ?? 'This category'}" has no figure. Give members (a count) or share (a percentage).`));
      }
    });
    const sumTo100 = (values: Array<number | undefined>, what: string, field: string) => {
      if (!values.every((v) => v !== undefined)) return;
      const total = values.reduce((sum: number, v) => sum + (v ?? 0), 0);
      if (Math.abs(total - 100) > 1) {
        problems.push(
          error(['members', 'profile', d, 'categories'], `The ${what} of "${name}" add up to ${round(total)}, not 100. Correct the ${field} values so they total 100 (rounding within 1 is fine).`),
        );
      }
    };
    sumTo100(categories.map((c) => c?.population_share), 'population shares', 'population_share');
    sumTo100(categories.map((c) => c?.share), 'members\' shares', 'share');
    const counted = categories.reduce((sum, c) => sum + (c?.members ?? 0), 0);
    const limit = dimension.base?.total ?? headcount;
    if (limit !== undefined && counted > limit) {
      problems.push(
        error(
          ['members', 'profile', d, 'categories'],
          dimension.base?.total !== undefined
            ? `The categories of "${name}" count ${counted} people, more than the ${limit} in its base. Correct the counts or base.total.`
            : `The categories of "${name}" count ${counted} members, more than the ${shown(members.count as LooseFigure)} in members.count. Correct the counts, or, if this dimension counts another group (such as the members selected), say so with base: { who: members selected, total: … }.`,
        ),
      );
    }
  });
  return problems;
};

const round = (n: number) => Math.round(n * 10) / 10;

type LooseRecommendation = NonNullable<NonNullable<ValidSections['recommendations']>[number]>;

/** The most members who could have voted: the largest member figure given anywhere. */
function mostMembers(members: ValidSections['members']): number | undefined {
  if (!members) return undefined;
  const figures = [members.count, members.selection?.selected, ...(members.attendance ?? []).map((a) => a?.count)] as LooseFigure[];
  const highs = figures.flatMap((f) => {
    const b = bounds(f);
    return b ? [b[1]] : [];
  });
  return highs.length > 0 ? Math.max(...highs) : undefined;
}

const voteRules: Rule = ({ recommendations, members }) => {
  const most = mostMembers(members);
  const byId = new Map((recommendations ?? []).flatMap((r) => (r?.id ? [[r.id, r] as const] : [])));
  return (recommendations ?? []).flatMap((rec, r) => {
    const vote = rec?.vote;
    if (!vote || typeof vote !== 'object') return [];
    const at = (...rest: Array<string | number>): FieldPath => ['recommendations', r, 'vote', ...rest];
    const problems: RuleProblem[] = [];
    const counts = [vote.for, vote.against, vote.abstain];
    const hasCounts = counts.some((c) => c !== undefined);
    const options = vote.options ?? [];
    const hasFigures = hasCounts || vote.support !== undefined || vote.opposed !== undefined || options.length > 0;
    if (vote.held === false) {
      return hasFigures ? [error(at('held'), 'A vote that was not held has no figures. Remove the figures, or remove held: false.')] : [];
    }
    if (!hasFigures && !vote.url) {
      return [
        error(
          at(),
          'The vote has no figures. Add for, against and abstain counts, a support share or options; give url where the figures are published; or write vote: not published (or vote: not held).',
        ),
      ];
    }
    if (vote.support !== undefined && vote.opposed !== undefined && vote.support + vote.opposed > 100.5) {
      problems.push(error(at('opposed'), `${vote.support}% in support and ${vote.opposed}% against make more than 100%. Check both shares.`));
    }
    if (vote.support_means && vote.support === undefined) {
      problems.push(error(at('support_means'), 'support_means describes the support share, but there is none. Add support, or remove support_means.'));
    }
    const total = counts.reduce((sum: number, c) => sum + (c ?? 0), 0);
    const limit = vote.out_of ?? most;
    if (hasCounts && limit !== undefined && total > limit) {
      problems.push(
        error(
          at(),
          vote.out_of !== undefined
            ? `${total} votes were counted, more than the ${vote.out_of} in out_of. Check the for, against and abstain counts.`
            : `${total} votes were counted but the assembly has ${limit} members. Check the for, against and abstain counts.`,
        ),
      );
    }
    if (hasCounts && (vote.base === 'members-present' || vote.base === 'all-members') && vote.out_of === undefined) {
      problems.push(error(at('out_of'), `With base: ${vote.base}, say how many that is in out_of, so the shares can be worked out.`));
    }
    if (options.length > 0) {
      options.forEach((o, i) => {
        if (o && o.votes === undefined && o.share === undefined) problems.push(error(at('options', i), `"${o.label ?? 'This option'}" has no figure. Give votes (a count) or share (a percentage).`));
      });
      const shares = options.map((o) => o?.share);
      const oneChoice = (vote.choice ?? 'one') === 'one';
      if (oneChoice && shares.every((s) => s !== undefined)) {
        const sum = shares.reduce((a: number, s) => a + (s ?? 0), 0);
        if (Math.abs(sum - 100) > 1) {
          problems.push(
            error(at('options'), `The shares of the options add up to ${round(sum)}, not 100. Correct them, or set choice: several (members could choose more than one) or choice: each (each option was voted on separately).`),
          );
        }
      }
      options.forEach((o, i) => {
        if (o?.against === undefined) return;
        if (vote.choice !== 'each') problems.push(error(at('options', i, 'against'), 'A share against an option only makes sense when each option was voted on separately. Set choice: each, or remove against.'));
        else if (o.share !== undefined && o.share + o.against > 100.5) problems.push(error(at('options', i, 'against'), `${o.share}% for and ${o.against}% against make more than 100%. Check both shares.`));
      });
      const votes = options.reduce((sum, o) => sum + (o?.votes ?? 0), 0);
      if (oneChoice && limit !== undefined && votes > limit) {
        problems.push(error(at('options'), `The options have ${votes} votes in all, more than the ${limit} ${vote.out_of !== undefined ? 'in out_of' : 'members'}. Check the counts.`));
      }
    }
    const condition = vote.conditional_on;
    if (condition?.output) {
      const ballot = byId.get(condition.output) as LooseRecommendation | undefined;
      const ballotVote = ballot?.vote;
      const labels = typeof ballotVote === 'object' ? (ballotVote.options ?? []).flatMap((o) => (o?.label ? [o.label] : [])) : [];
      if (!ballot) problems.push(...reference(at('conditional_on', 'output'), condition.output, new Set(byId.keys()), 'output', 'recommendations'));
      else if (labels.length === 0) problems.push(error(at('conditional_on', 'output'), `"${condition.output}" has no options to choose from. Point to a ballot with options.`));
      else if (condition.option && !labels.includes(condition.option)) {
        problems.push(error(at('conditional_on', 'option'), `"${condition.option}" is not one of the options of "${condition.output}". Use one of: ${labels.join(', ')}.`));
      }
    }
    return problems;
  });
};

const responseRules: Rule = ({ response, recommendations, themes }) => {
  const problems: RuleProblem[] = [];
  if (response) {
    if (response.date === undefined && (response.events ?? []).length === 0) {
      problems.push(error(['response'], 'The response has no date and no events. Give the date of the response document, or list what happened in events.'));
    }
    else if (response.title && response.date === undefined) {
      problems.push(error(['response', 'date'], 'The response document has a title but no date. Add the date it was published.'));
    }
    if (response.answers === 'by-theme' && !(themes ?? []).some((t) => t?.response)) {
      problems.push(error(['response', 'answers'], 'The response answers theme by theme, but no theme has a response. Add themes[].response, or change answers.'));
    }
  }
  const needsSource = (value: { set_by?: string | undefined; source?: string | undefined } | undefined, path: FieldPath) =>
    value?.set_by === 'editors' && !value.source
      ? [error([...path, 'source'], 'A status set by the site\'s editors needs its source. Add source: the page that supports it.')]
      : [];
  recommendations?.forEach((rec, r) => problems.push(...needsSource(rec?.response, ['recommendations', r, 'response'])));
  themes?.forEach((theme, t) => problems.push(...needsSource(theme?.response, ['themes', t, 'response'])));
  return problems;
};

const submissionRules: Rule = ({ submissions }) => {
  if (!submissions || submissions.received === undefined) return [];
  const received = bounds(submissions.received as LooseFigure)?.[1];
  if (received === undefined) return [];
  const published = bounds(submissions.published as LooseFigure)?.[0] ?? 0;
  const accounted = published + (submissions.not_published ?? []).reduce((sum, n) => sum + (n?.count ?? 0), 0);
  return accounted > received
    ? [error(['submissions', 'received'], `${accounted} submissions are published or counted as not published, but only ${shown(submissions.received as LooseFigure)} were received. Check the counts.`)]
    : [];
};

const organisationRules: Rule = ({ funding, oversight }) => {
  const problems: RuleProblem[] = [];
  if (funding && !funding.source && (funding.funders ?? []).length === 0) {
    problems.push(error(['funding', 'source'], 'Say where the money comes from (G6): add source, or list the funders.'));
  }
  oversight?.forEach((group, g) => {
    if (group?.minutes_published === false && (group.minutes ?? []).length > 0) {
      problems.push(error(['oversight', g, 'minutes_published'], 'minutes_published is false, but minutes are listed. Remove one of them.'));
    }
  });
  return problems;
};

/**
 * A YouTube or Vimeo address that is not a single video (a channel, a playlist) gets no player,
 * which is rarely what was meant. Other hosts, such as a council's own archive page, are shown as
 * plain links naming the host, as intended.
 */
const videoLinks: Rule = ({ sessions, evidence }) => {
  const links: Array<[FieldPath, string | undefined]> = [];
  const add = (path: FieldPath, value: string | ReadonlyArray<{ url?: string } | undefined> | undefined) => {
    if (typeof value === 'string') links.push([path, value]);
    else value?.forEach((v, i) => links.push([[...path, i, 'url'], v?.url]));
  };
  sessions?.forEach((s, i) => {
    add(['sessions', i, 'livestream'], s?.livestream);
    add(['sessions', i, 'recording'], s?.recording);
  });
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
  uniqueIds('recommendations', 'output'),
  uniqueIds('themes', 'theme'),
  uniqueIds('linked_bodies', 'linked body'),
  reservedIds,
  references,
  sessionRules,
  datesInOrder,
  membersRules,
  voteRules,
  responseRules,
  submissionRules,
  organisationRules,
  videoLinks,
  brandColour,
];
