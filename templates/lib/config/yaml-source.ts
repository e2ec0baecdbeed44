/**
 * Parses YAML while keeping positions, so every problem can name its line and column.
 * YAML 1.2 core schema: dates stay text (the schema checks them) and `yes` is not true.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './problems.ts';

export interface Position {
  line: number;
  column: number;
}

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
  const syntaxErrors = document.errors.map((error) => {
    const position = (error.code === 'MISSING_CHAR' && unclosedQuote(source)) || at(error.pos[0]);
    return { ...position, message: plainYamlError(error.code, error.message) };
  });
  return {
    data: syntaxErrors.length > 0 ? undefined : document.toJS(),
    syntaxErrors,
    locate: (path, options) => at(offsetOf(document, path, options?.key ?? false)),
  };
}

/**
 * The YAML library notices a missing closing quote only at the end of the file; point instead at
 * the first value that opens a quote and does not close it on its line.
 */
export function unclosedQuote(source: string): Position | undefined {
  const lines = source.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const match = /^(\s*(?:-\s+)?(?:[^:#"'\s][^:#]*:\s+)?)(["'])(.*)$/.exec(line);
    if (!match) continue;
    const [, before, quote, rest] = match as unknown as [string, string, string, string];
    const body = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
    if (!body.includes(quote)) return { line: index + 1, column: before.length + 1 };
  }
  return undefined;
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

/** The YAML library's codes, said the way an organiser would understand. */
function plainYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'This field appears twice in the same place. Keep one of them.',
    BAD_INDENT: 'The indentation here does not line up. Indent with spaces, two per level.',
    TAB_AS_INDENT: 'A tab is used for indentation. Indent with spaces instead.',
    MISSING_CHAR: 'A quote or bracket is not closed. Close it, or remove it.',
    BLOCK_AS_IMPLICIT_KEY: 'A line seems to be missing a colon, or is indented wrongly. Check the line above.',
    MULTILINE_IMPLICIT_KEY: 'A field name runs over two lines. Check for a missing colon or a stray line break.',
    UNEXPECTED_TOKEN: 'Something here is not valid YAML. Check quotes and colons on this line.',
  };
  return `The file is not valid YAML: ${first}. ${hints[code] ?? 'Check the spelling, quotes and indentation on this line.'}`;
}
