/** Items expected after the sessions: the report, votes, the response and what happened next (G29–G35 and others). */
import { expectsResponse, promisedBy, responseView } from '../../site/response.ts';
import { voteView } from '../../site/vote.ts';
import { registerEntryAt } from '../../data/register.ts';
import { pdfIsMade } from '../../report/pdf.ts';
import { today } from '../../time-zone.ts';
import type { Rule } from '../rule.ts';
import { addDays, deadline, filled, named, reportDue } from './helpers.ts';

export const afterRules: readonly Rule[] = [
  {
    id: 'G29-report',
    item: 29,
    weight: 'MUST',
    from: 'report-published',
    due: reportDue,
    label: 'The assembly\'s report',
    page: ['report'],
    met: ({ config, chapters }) => config.report !== undefined && (chapters > 0 || config.report.files.length > 0),
    fields: ['report', 'report/'],
    fix: 'Add the report (its date and summary) and its chapters as MDX files in report/.',
  },
  {
    id: 'G29-recommendations',
    item: 29,
    weight: 'MUST',
    from: 'report-published',
    due: reportDue,
    label: 'Every recommendation, in full',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.length > 0,
    fields: ['recommendations'],
    fix: 'List each recommendation with its full text.',
  },
  {
    id: 'G30-report-html',
    item: 30,
    weight: 'SHOULD',
    from: 'report-published',
    due: reportDue,
    label: 'The report as web pages, with printable, plain-text and e-book versions',
    page: ['report'],
    met: ({ chapters }) => chapters > 0,
    fields: ['report/'],
    fix: 'Write the report as MDX chapters in report/, not only as a PDF: the site then makes every other format.',
  },
  {
    id: 'G31-votes',
    item: 31,
    weight: 'SHOULD',
    from: 'report-published',
    due: reportDue,
    label: 'The voting results in full',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.length > 0,
    // Outputs of a linked body (a children's parliament, say) were not put to the assembly's vote.
    each: ({ config }) =>
      config.recommendations.filter((r) => r.from === undefined).map((r) => {
        const status = voteView(r.vote).status;
        return { ...named.output(r), ok: status !== 'none' && status !== 'not-published', declared: status === 'not-published' };
      }),
    fields: ['recommendations[].vote'],
    fix: 'Give the vote on each recommendation: its figures, where they are published (url), "not published" or "not held".',
  },
  {
    id: 'G32-response',
    item: 32,
    weight: 'MUST',
    from: 'response-published',
    due: (config) => deadline(promisedBy(config)),
    label: 'The commissioner\'s response to each recommendation',
    page: ['response'],
    met: ({ config }) => config.response !== undefined,
    each: ({ config }, now) =>
      config.recommendations.filter(expectsResponse).map((r) => {
        const view = responseView(config, r, today(config, now)).kind;
        return { ...named.output(r), ok: view === 'decision' || view === 'theme', declared: view === 'general' };
      }),
    fields: ['response', 'recommendations[].response'],
    fix: 'Publish the formal response and the decision on each recommendation (or on each theme), and why. If it answered only in general, set response.answers: general.',
  },
  {
    id: 'G33-progress',
    item: 33,
    weight: 'MUST',
    from: 'following-up',
    due: (config) => addDays(config.response?.date ?? [...(config.response?.events ?? [])].map((e) => e.date).sort()[0], 92),
    label: 'Regular progress reports on what has been done',
    page: ['recommendations'],
    met: ({ config }) => config.recommendations.some((r) => r.implementation.length > 0),
    fields: ['recommendations[].implementation'],
    fix: 'Add dated progress updates to the recommendations; the first is due about three months after the response.',
  },
  {
    id: 'G34-evaluation',
    item: 34,
    weight: 'MUST',
    from: 'following-up',
    label: 'The evaluation of the assembly',
    page: ['about'],
    met: ({ config }) => config.evaluation?.href !== undefined || filled(config.evaluation?.summary),
    fields: ['evaluation'],
    fix: 'Link the evaluation report (evaluation.href) or summarise its findings.',
  },
  {
    id: 'G45-register',
    item: 45,
    weight: 'NICE',
    from: 'report-published',
    label: 'An open licence on the record, and an entry for the Citizens\' Assembly Register',
    page: ['data'],
    // Met only when the register's own pipeline would accept the entry (templates/lib/data/register.ts).
    met: ({ config, chapters }, now) => registerEntryAt(config, now, pdfIsMade(chapters)).problems.length === 0,
    fields: ['register'],
    fix: 'Fill in what npm run check lists under "Citizens\' Assembly Register", so the register can take the entry as it is.',
  },
];
