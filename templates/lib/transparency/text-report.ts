/** What `npm run check` prints about an assembly's transparency: its phase, score, and what to add. */
import { formatDate, listText } from '../site/format.ts';
import type { Assessment, ItemResult } from './assess.ts';
import { phaseLabels } from '../site/labels.ts';

/** Where to make the change: a folder of the assembly, or fields of its assembly.yaml. */
/** "question, remit in assemblies/x/assembly.yaml", "the folder assemblies/x/news/", or both. */
export function whereToFix(item: Pick<ItemResult, 'field'>, assemblyDir: string): string {
  const parts = item.field.split(', ');
  const fields = parts.filter((part) => !part.endsWith('/'));
  const folders = parts.filter((part) => part.endsWith('/')).map((folder) => `the folder ${assemblyDir}/${folder}`);
  return [...(fields.length > 0 ? [`${fields.join(', ')} in ${assemblyDir}/assembly.yaml`] : []), ...folders].join(' and ');
}

function expectedSince(item: ItemResult): string {
  return `expected from "${phaseLabels[item.from]}"${item.due ? ` or ${formatDate(item.due)}` : ''}`;
}

/** Guidance numbers in order, each once (an item can have several checks). */
function itemList(items: string[]): string[] {
  return [...new Set(items)].sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
}

/**
 * "session a, session b and 3 more": which items lack something, without a wall of text; by id
 * for organisers, by title for visitors.
 */
export function lackingText(lacking: ItemResult['lacking'], by: 'name' | 'title' = 'name', shown = 6): string {
  const names = lacking.map((l) => (l.declared ? `${l[by]} (${by === 'name' ? 'not published' : 'never published'})` : l[by]));
  if (names.length <= shown) return listText(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function transparencyReport(id: string, assemblyDir: string, assessment: Assessment): string {
  const { counts } = assessment;
  const missing = assessment.items.filter((i) => i.status === 'missing');
  const unpublished = assessment.items.filter((i) => i.status === 'not-published');
  const met = assessment.items.filter((i) => i.status === 'met');
  const upcoming = assessment.items.filter((i) => i.status === 'upcoming');
  const lines = [
    `${id}, as of ${formatDate(assessment.date)}: stage "${phaseLabels[assessment.phase]}". Transparency score ${assessment.score}%:` +
      ` MUST ${counts.MUST.met} of ${counts.MUST.expected}, SHOULD ${counts.SHOULD.met} of ${counts.SHOULD.expected}, NICE ${counts.NICE.met} of ${counts.NICE.expected} met.`,
  ];
  if (missing.length > 0) {
    lines.push(`  Missing for this phase (${missing.length}):`);
    for (const item of missing) {
      lines.push(`    ${item.weight.padEnd(6)} ${item.item.padEnd(4)} ${item.label} (${expectedSince(item)}).`);
      if (item.lacking.length > 0) lines.push(`                Lacking: ${lackingText(item.lacking)}.`);
      lines.push(`                Fill ${whereToFix(item, assemblyDir)}: ${item.fix}`);
    }
  }
  if (unpublished.length > 0) {
    lines.push(`  Stated as never published (${unpublished.length}), counted as not met:`);
    for (const item of unpublished) {
      lines.push(`    ${item.weight.padEnd(6)} ${item.item.padEnd(4)} ${item.label}${item.lacking.length > 0 ? `: ${lackingText(item.lacking)}` : ''}.`);
    }
  }
  // Each list counts what it shows: guidance items, each once.
  const metItems = itemList(met.map((i) => i.item));
  if (metItems.length > 0) lines.push(`  Met (${metItems.length}): ${metItems.join(', ')}.`);
  const upcomingItems = itemList(upcoming.map((i) => `${i.item}${i.due ? ` (${formatDate(i.due)})` : ''}`));
  if (upcomingItems.length > 0) lines.push(`  Still to come (${upcomingItems.length}): ${upcomingItems.join(', ')}.`);
  return lines.join('\n');
}
