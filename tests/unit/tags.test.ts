/**
 * Status tags read at a glance (issue 17): every kind in templates/lib/site/tags.ts has a look of
 * its own in the stylesheet (colours, border, symbol), readable at 4.5:1, and the meanings that
 * matter most map to different kinds. A crafted stylesheet proves the check finds a shared look
 * and faint text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../templates/lib/colour-contrast.ts';
import { changeTag, sessionTag, statusTag, tagKinds, type TagKind } from '../../templates/lib/site/tags.ts';
import { statusLabels } from '../../templates/lib/site/labels.ts';

const stylesheet = readFileSync('templates/styles/site.css', 'utf8');

interface Look {
  colour: string;
  background: string;
  border: string;
  symbol: string;
}

/** The declarations of one selector's rule, as written (the first rule with exactly that selector). */
function declarations(css: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css)?.[1];
  if (body === undefined) return {};
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

/** The look of each tag kind: the base .tag rule, overridden by .tag--<kind>, with :root colours resolved. */
function tagLooks(css: string, kinds: readonly string[]): Map<string, Look> {
  const root = declarations(css, ':root');
  const resolve = (value: string) =>
    value
      .replace(/var\((--[\w-]+)(?:, *([^)]+))?\)/g, (_, name: string, fallback?: string) => root[name] ?? fallback ?? '')
      .replace(/^#(\w)(\w)(\w)$/, '#$1$1$2$2$3$3');
  const base = declarations(css, '.tag');
  const looks = new Map<string, Look>();
  for (const kind of kinds) {
    const own = declarations(css, `.tag--${kind}`);
    const rule = { ...base, ...own };
    const borderStyle = /\b(solid|dashed|dotted|double)\b/.exec(rule['border-style'] ?? rule['border'] ?? '')?.[1] ?? 'none';
    const borderColour = rule['border-color'] ?? 'currentColor';
    looks.set(kind, {
      colour: resolve(rule['color'] ?? '#000'),
      background: resolve(rule['background'] ?? '#fff'),
      border: `${borderStyle} ${borderColour === 'transparent' ? 'none' : 'shown'}`,
      symbol: /"([^"]*)"/.exec(declarations(css, `.tag--${kind}::before`)['content'] ?? '')?.[1]?.trim() ?? '',
    });
  }
  return looks;
}

/** What is wrong with the tags of a stylesheet: a kind with no rule, faint text, or a look shared with another kind. */
function tagProblems(css: string, kinds: readonly string[]): string[] {
  const looks = tagLooks(css, kinds);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [kind, look] of looks) {
    if (Object.keys(declarations(css, `.tag--${kind}`)).length === 0 && kind !== 'plain') problems.push(`${kind}: no rule`);
    const ratio = contrastRatio(look.colour, look.background);
    if (ratio < 4.5) problems.push(`${kind}: contrast ${ratio.toFixed(2)}`);
    const key = JSON.stringify(look);
    if (seen.has(key)) problems.push(`${kind}: looks like ${seen.get(key)}`);
    seen.set(key, kind);
  }
  return problems;
}

describe('status tags', () => {
  it('give each kind a look of its own, readable at 4.5:1', () => {
    expect(tagProblems(stylesheet, tagKinds)).toEqual([]);
  });

  it('find a look shared by two kinds and text too faint to read (a crafted stylesheet)', () => {
    const crafted = [
      ':root { --text: #0b0c0c; }',
      '.tag { color: var(--text); background: #fff; border: 2px solid currentColor; }',
      '.tag--yes { color: #005a30; background: #cce2d8; }',
      '.tag--partly { color: #005a30; background: #cce2d8; }',
      '.tag--no { color: #bbbbbb; background: #ffffff; }',
    ].join('\n');
    expect(tagProblems(crafted, ['yes', 'partly', 'no', 'live'])).toEqual(['partly: looks like yes', 'no: contrast 1.92', 'live: no rule']);
  });

  it('tell the decisions apart, and apart from the phase, a live session and a private part', () => {
    const decisions: TagKind[] = [statusTag.accepted, statusTag['partly-accepted'], statusTag['not-accepted'], statusTag['under-consideration']];
    expect(new Set([...decisions, 'phase', sessionTag.live, 'private']).size).toBe(7);
    // "Awaiting response" is not decided yet either, and a principle expects no answer at all.
    expect(statusTag['awaiting-response']).toBe(statusTag['under-consideration']);
    expect(statusTag['no-response-expected']).toBe('plain');
    expect(Object.keys(statusTag).sort()).toEqual(Object.keys(statusLabels).sort());
    expect(changeTag.cancelled).toBe('no');
  });

  it('style "Illustrative" as a caveat, not a status', () => {
    // Words in brackets, in italics, with no box: nothing a status tag has.
    const caveat = declarations(stylesheet, '.caveat');
    expect(caveat['font-style']).toBe('italic');
    for (const boxy of ['background', 'border', 'border-left', 'padding']) expect(caveat[boxy], boxy).toBeUndefined();
    expect(declarations(stylesheet, '.caveat::before')['content']).toBe('"(" / ""');
    expect(readFileSync('templates/components/Illustrative.astro', 'utf8')).not.toContain('class="tag');
  });
});
