/**
 * The guidance checklist (templates/guides/guidance-checklist.md) is the repository's own account of
 * items G1–G86, which code, tests and the transparency rules cite (issue 18): every item has one
 * entry, every item cited anywhere exists, and each transparency rule weighs its item as the
 * checklist does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../templates/lib/transparency/rules.ts';

const checklistFile = 'templates/guides/guidance-checklist.md';

/** Each entry's number and weight, in order: lines starting "- **G12 (MUST)**". */
function checklistEntries(text: string): Array<{ item: number; weight: string }> {
  return [...text.matchAll(/^- \*\*G(\d+) \((MUST|SHOULD|NICE)\)\*\*/gm)].map((m) => ({ item: Number(m[1]), weight: m[2]! }));
}

/** Item numbers a source text cites: "G12", and every item of a range such as "G3-G9" or "G81–G85". */
function citedItems(text: string): number[] {
  const cited: number[] = [];
  for (const m of text.matchAll(/\bG(\d{1,3})(?:\s*[-–]\s*G(\d{1,3}))?\b/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= to; n += 1) cited.push(n);
  }
  return cited;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const entries = checklistEntries(readFileSync(checklistFile, 'utf8'));
const expected = Array.from({ length: 86 }, (_, i) => i + 1);

describe('the guidance checklist', () => {
  it('has one entry for each item G1 to G86, in order', () => {
    expect(entries.map((e) => e.item).sort((a, b) => a - b)).toEqual(expected);
  });

  it('has an entry for every item the code and tests cite', () => {
    // This file cites made-up items on purpose, to show the checks notice them.
    const sources = ['templates', 'scripts', 'tests'].flatMap(sourceFiles).filter((file) => !file.endsWith('guidance-checklist.test.ts'));
    const cited = sources.flatMap((file) => citedItems(readFileSync(file, 'utf8')).map((item) => ({ file, item })));
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter(({ item }) => !entries.some((e) => e.item === item))).toEqual([]);
  });

  it('weighs each item as the transparency rule that checks it does', () => {
    const differing = rules.filter((rule) => entries.find((e) => e.item === rule.item)?.weight !== rule.weight).map((r) => `${r.id}: ${r.weight}`);
    expect(differing).toEqual([]);
  });

  it('would notice a missing entry, a cited item beyond the list and a range', () => {
    expect(checklistEntries('- **G1 (MUST)** — One.\n- **G3 (NICE)** — Three.').map((e) => e.item)).toEqual([1, 3]);
    expect(citedItems('Required by G12 and G3-G5 (see also G81–G82); not GB or G.')).toEqual([12, 3, 4, 5, 81, 82]);
    expect(citedItems('issue G99').filter((n) => !expected.includes(n))).toEqual([99]);
  });
});
