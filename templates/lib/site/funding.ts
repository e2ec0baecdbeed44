/** Who paid for the assembly and how much, in words (G6: the funding source must be disclosed). */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import { isNotPublished, moneyText } from './figures.ts';
import { inSentence, listText, sentence } from './format.ts';

type Funding = NonNullable<AssemblyConfig['funding']>;

/**
 * "Funded by the House of Commons (£120,000) and the Esmée Fairbairn Foundation (amount not
 * published). The total budget was about £520,000." Amounts read as they were published.
 */
export function fundingSentences(funding: Funding, past: boolean): string[] {
  const lines: string[] = [];
  const funders = funding.funders.map((f) =>
    f.amount === undefined ? inSentence(f.name) : isNotPublished(f.amount) ? `${inSentence(f.name)} (amount not published)` : `${inSentence(f.name)} (${moneyText(f.amount)})`,
  );
  if (funders.length > 0) lines.push(sentence(`Funded by ${listText(funders)}`));
  if (funding.source) lines.push(funders.length > 0 ? sentence(funding.source) : sentence(`Funded by ${inSentence(funding.source)}`));
  const was = past ? 'was' : 'is';
  if (funding.total !== undefined) {
    lines.push(isNotPublished(funding.total) ? `The total budget ${past ? 'was' : 'has'} not ${past ? 'published' : 'been published'}.` : `The total budget ${was} ${moneyText(funding.total)}.`);
  }
  return lines;
}
