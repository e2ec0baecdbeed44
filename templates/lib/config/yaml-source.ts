/**
 * Parses YAML while keeping positions, so every problem can name its line and column.
 * YAML 1.2 core schema: dates stay text (the schema checks them) and `yes` is not true.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { explainYamlError, tabbed, unresolvedAlias, type Position, type SyntaxError } from './yaml-syntax.ts';
import type { FieldPath } from './problems.ts';

export type { Position };

export interface YamlSource {
  data: unknown;
  /** Syntax errors, already positioned. */
  syntaxErrors: Array<Position & { message: string }>;
  /** Where the value at `path` is written; for a missing field, where its parent is. */
  locate(path: FieldPath, options?: { key?: boolean }): Position;
}

export function parseYamlSource(source: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const explained = tabbed(source, document.errors.map((error) => explainYamlError(source, error, at)));
  if (explained.length === 0) explained.push(...unresolvedAliases(document, source, at));
  // One mistake can stop the parser more than once at the same place.
  const syntaxErrors = explained.filter((e, i) => explained.findIndex((o) => o.line === e.line && o.column === e.column && o.message === e.message) === i);
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 100 });
    } catch {
      // Aliases that multiply (a "billion laughs"): the library stops before memory runs out.
      syntaxErrors.push({ ...at(firstAlias(document)), message: aliasBombMessage });
    }
  }
  return {
    data,
    syntaxErrors,
    locate: (path, options) => at(offsetOf(document, path, options?.key ?? false)),
  };
}

const aliasBombMessage =
  'These aliases (*name) repeat other aliases so many times that the data would not fit in memory. Write the values out instead of repeating them with & and *.';

/** Where the first alias is written. */
function firstAlias(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** `*name` with no `&name` before it: the YAML library throws only when the data is read. */
function unresolvedAliases(document: Document, source: string, at: (offset: number) => Position): SyntaxError[] {
  const found: SyntaxError[] = [];
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document) === undefined) found.push(unresolvedAlias(source, alias.source, at(alias.range?.[0] ?? 0)));
    },
  });
  return found;
}

function offsetOf(document: Document, path: FieldPath, preferKey: boolean): number {
  let node: Node | null = document.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyOffset = isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      const value = pair.value as Node | null;
      if (last && preferKey) return keyOffset;
      offset = value?.range?.[0] ?? keyOffset;
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
