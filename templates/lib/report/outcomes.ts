/**
 * What the assembly agreed, with each vote and the official response, in words, so that every
 * report format (one page, print, plain text, EPUB, PDF) carries them and not only the chapters'
 * prose (issue 16; G31, G32). Built from the published record only: what is under embargo is
 * already left out of the config these functions are given.
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { formatDate, formatNumber } from '../site/format.ts';
import { outputKindNames } from '../site/outputs.ts';
import { responseView, statusKey } from '../site/response.ts';
import { themeTitle } from '../site/themes.ts';
import { voteIllustrative, voteSentences, voteView } from '../site/vote.ts';
import { wordingByKind } from '../i18n/wording.ts';
import { statusLabels } from '../site/labels.ts';

export interface Outcome {
  id: string;
  title: string;
  /** "Statement", "Ballot"…; undefined for a recommendation. */
  kind: string | undefined;
  theme: string | undefined;
  text: string;
  /** The vote in sentences, with one line per option of a ballot. */
  vote: string[];
  /** The response in sentences; empty when none is expected. */
  response: string[];
  /** Marked as invented for an example: the output, its vote figures, or its response. Every format says so. */
  illustrative: boolean;
  voteIllustrative: boolean;
  responseIllustrative: boolean;
}

export const outcomesTitle = 'Recommendations, votes and responses';

/** Said first, so no one takes this part for the published report, nor its responses for the report's own. */
export function outcomesIntro(today: string): string {
  return `This part is not in the published report: this site compiled it from its record of the votes and the responses, as it stood on ${formatDate(today)}.`;
}

export function outcomes(config: AssemblyConfig, today: string): Outcome[] {
  const members = wordingByKind[config.kind].members;
  const titleOf = (id: string) => config.recommendations.find((r) => r.id === id)?.title;
  return config.recommendations.map((r) => {
    const view = voteView(r.vote);
    const options =
      view.status === 'options'
        ? view.options.map((o) => `${o.label}: ${[o.votes !== undefined && `${formatNumber(o.votes)} votes`, o.share !== undefined && `${formatNumber(o.share)}%`, o.against !== undefined && `${formatNumber(o.against)}% against`].filter(Boolean).join(', ') || 'no figures published'}.`)
        : [];
    const answer = responseView(config, r, today);
    const key = statusKey(answer);
    const response =
      key === 'no-response-expected'
        ? []
        : [
            `Response: ${statusLabels[key]}${answer.kind === 'theme' ? ` (with “${answer.themeTitle}”)` : ''}${'date' in answer && answer.date ? `, ${formatDate(answer.date)}` : ''}.`,
            ...('text' in answer && answer.text ? [answer.text] : []),
          ];
    return {
      id: r.id,
      title: r.title,
      kind: r.kind === 'recommendation' ? undefined : outputKindNames[r.kind].label,
      theme: themeTitle(config, r),
      text: r.text,
      vote: [...voteSentences(view, members, titleOf), ...options],
      response,
      illustrative: r.illustrative,
      voteIllustrative: voteIllustrative(r.vote),
      responseIllustrative: (answer.kind === 'decision' || answer.kind === 'theme') && answer.illustrative,
    };
  });
}

/** Text that Markdown would otherwise read as markup, with its special characters escaped. */
function literal(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/^(\s*)(\d+)\./gm, '$1$2\\.').replace(/^(\s*)-/gm, '$1\\-');
}

/** The outcomes as a chapter of the report's text formats, or undefined when there are none. */
export function outcomesChapter(config: AssemblyConfig, today: string): { title: string; body: string; url: string } | undefined {
  const list = outcomes(config, today);
  return list.length === 0 ? undefined : { title: outcomesTitle, body: `${literal(outcomesIntro(today))}\n\n${outcomesMarkdown(list)}`, url: new URL('recommendations/', config.site.url).href };
}

/** The outcomes as a Markdown chapter, for the formats that are made from Markdown (plain text, EPUB). */
export function outcomesMarkdown(list: readonly Outcome[]): string {
  return list
    .map((o) =>
      [
        `## ${literal(o.title)}${o.illustrative ? ' (illustrative)' : ''}`,
        [o.kind, o.theme && `Theme: ${o.theme}`].filter(Boolean).map((s) => literal(s as string)).join(' · '),
        literal(o.text),
        o.vote.map(literal).join(' ') + (o.vote.length > 0 && o.voteIllustrative ? ' (illustrative)' : ''),
        ...o.response.map((line, i) => literal(line) + (i === 0 && o.responseIllustrative ? ' (illustrative)' : '')),
      ]
        .filter(Boolean)
        .join('\n\n'),
    )
    .join('\n\n');
}
