/**
 * YAML syntax errors explained where the mistake is, not where the parser gave up: the YAML
 * library notices an unclosed quote or bracket only lines later, and calls a colon inside a value
 * a "nested mapping". Each explanation names the cause and shows the line written correctly.
 */
import type { YAMLError } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface SyntaxError extends Position {
  message: string;
}

type At = (offset: number) => Position;

const lead = 'The file is not valid YAML:';

/** One syntax error, moved to its cause and said the way an organiser would understand. */
export function explainYamlError(source: string, error: YAMLError, at: At): SyntaxError {
  const reported = at(error.pos[0]);
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  const lines = source.split(/\r?\n/);
  const text = lines[reported.line - 1] ?? '';

  if (error.code === 'MISSING_CHAR' && /quote/i.test(first)) {
    const opened = unclosedQuote(source);
    if (opened) return { ...opened, message: `${lead} this quote is not closed on its line. End the value with the same quote mark, or remove it.` };
  }
  if (/^Flow (sequence|map) .* end with/.test(first)) {
    const opened = unclosedBracket(lines, reported.line);
    if (opened) {
      const [open, close, what] = opened.bracket === '[' ? ['[', ']', 'list'] : ['{', '}', 'group'];
      return { ...opened, message: `${lead} the ${open} opened here is never closed. End the ${what} with ${close}, or, if the ${open} is part of the text, put the whole value in quotes.` };
    }
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /nested mappings/i.test(first)) {
    const value = valueOf(text);
    const colon = text.indexOf(': ', Math.max(reported.column - 1, value ? value.start : 0));
    if (value && colon >= 0) {
      return {
        line: reported.line,
        column: colon + 1,
        message: `${lead} this value contains a colon followed by a space, which YAML reads as the start of another field. Put the whole value in quotes: ${value.key}${quoted(value.text)}`,
      };
    }
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /scalar at node end/i.test(first)) {
    const value = valueOf(text);
    if (value && /^[*&]/.test(value.text)) {
      return {
        line: reported.line,
        column: value.start + 1,
        message: `${lead} a value that starts with ${value.text[0]} is read as a reference to another part of the file, not as text. Put the whole value in quotes: ${value.key}${quoted(value.text)}`,
      };
    }
    if (value && /^["'[{]/.test(value.text)) {
      const mark = value.text[0]!;
      const closing = ({ '[': ']', '{': '}' } as Record<string, string>)[mark] ?? mark;
      return {
        line: reported.line,
        column: value.start + 1,
        message: `${lead} a value that starts with ${mark} must end at the matching ${closing}, and more text follows it. Put the whole value in quotes: ${value.key}${quoted(value.text)}`,
      };
    }
  }
  if (error.code === 'BAD_SCALAR_START') {
    const value = valueOf(text);
    if (value) {
      return {
        line: reported.line,
        column: value.start + 1,
        message: `${lead} a value cannot start with ${value.text[0]} unless it is in quotes. Put the whole value in quotes: ${value.key}${quoted(value.text)}`,
      };
    }
  }
  return { ...reported, message: `${lead} ${first}. ${hints[error.code] ?? 'Check the spelling, quotes and indentation on this line.'}` };
}

/**
 * A tab in the indentation throws the parser off for the lines after it, in words that never say
 * "tab". When the file has errors, each line indented with a tab is named instead, with the
 * errors before the first one; those after it are most likely its echoes.
 */
export function tabbed(source: string, errors: SyntaxError[]): SyntaxError[] {
  if (errors.length === 0) return errors;
  const lines = source.split(/\r?\n/);
  const tabs = lines.flatMap((line, index) => {
    const indent = /^[ \t]*/.exec(line)![0];
    return indent.includes('\t') && line.trim() !== '' && !line.trimStart().startsWith('#')
      ? [{ line: index + 1, column: indent.indexOf('\t') + 1, message: `${lead} this line is indented with a tab. Indent with spaces instead, two for each level.` }]
      : [];
  });
  if (tabs.length === 0) return errors;
  return [...errors.filter((e) => e.line < tabs[0]!.line), ...tabs];
}

/** A value that starts with * reads as a reference to an anchor (&name) elsewhere in the file. */
export function unresolvedAlias(source: string, name: string, at: Position): SyntaxError {
  const text = source.split(/\r?\n/)[at.line - 1] ?? '';
  const value = valueOf(text);
  const fix = value ? ` Put the whole value in quotes: ${value.key}${quoted(value.text)}` : ' Put the whole value in quotes.';
  return { ...at, message: `${lead} a value that starts with * is read as a reference to a part of the file marked &${name}, and there is none.${fix}` };
}

const hints: Record<string, string> = {
  DUPLICATE_KEY: 'This field appears twice in the same place. Keep one of them.',
  BAD_INDENT: 'The indentation here does not line up. Indent with spaces, two per level.',
  TAB_AS_INDENT: 'A tab is used for indentation. Indent with spaces instead.',
  MISSING_CHAR: 'A quote or bracket is not closed. Close it, or remove it.',
  BLOCK_AS_IMPLICIT_KEY: 'A line seems to be missing a colon, or is indented wrongly. Check the line above.',
  MULTILINE_IMPLICIT_KEY: 'A field name runs over two lines. Check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Something here is not valid YAML. Check quotes and colons on this line.',
};

/** `title: Climate: what next` → the key part "title: ", the value and where it starts. */
function valueOf(line: string): { key: string; text: string; start: number } | undefined {
  const match = /^(\s*(?:-\s+)?(?:[^\s#:"'][^:#]*?:\s+)?)(\S.*?)\s*(?:\s#.*)?$/.exec(line);
  if (!match) return undefined;
  return { key: match[1]!.trimStart(), text: match[2]!, start: match[1]!.length };
}

/** A value written so YAML reads it as text: double quotes, or single ones around a double quote. */
export function quoted(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
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

/**
 * The innermost [ or { still open when the parser gave up. A bracket opens a list only at the
 * start of a value; inside one, quoted text is skipped.
 */
export function unclosedBracket(lines: readonly string[], before: number): (Position & { bracket: '[' | '{' }) | undefined {
  const stack: Array<Position & { bracket: '[' | '{' }> = [];
  for (let index = 0; index < Math.min(before, lines.length); index++) {
    const line = lines[index]!;
    let from = 0;
    if (stack.length === 0) {
      const start = /^(\s*(?:-\s+)?(?:[^\s#:"'[{][^:#]*?:\s+)?)[[{]/.exec(line);
      if (!start) continue;
      from = start[1]!.length;
    }
    let quote: string | undefined;
    for (let column = from; column < line.length; column++) {
      const char = line[column]!;
      if (quote) {
        if (char === '\\' && quote === '"') column++;
        else if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '#' && /\s/.test(line[column - 1] ?? ' ')) break;
      else if (char === '[' || char === '{') stack.push({ line: index + 1, column: column + 1, bracket: char });
      else if (char === ']' || char === '}') stack.pop();
      if (stack.length === 0) break;
    }
  }
  return stack.at(-1);
}
