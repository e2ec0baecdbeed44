/**
 * Every MDX file read with the compiler the build uses (Sätteri), before anything is built, so a
 * mistake is reported as `file:line:col  what is wrong. What to do.` with every other problem,
 * not one at a time as a stack trace from the middle of a build. After a mistake the compiler
 * stops; the check sets the offending character aside and reads on, so a file's every mistake
 * is listed at once.
 */
import { mdxToJs } from 'satteri';
import type { Problem } from './problems.ts';

export interface MdxBody {
  /** Path of the file, relative to the project root. */
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the front matter). */
  bodyLine: number;
}

/** The compiler's message, "3:19: Unexpected character … (mdx-jsx:unexpected-character)". */
const compilerMessage = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/;

/** What a compiler complaint means for someone writing text, and what to write instead. */
export function plainMdxMessage(reason: string, after: string): string {
  if (/parse expression/i.test(reason)) {
    return 'A curly bracket { starts a piece of code in MDX, and what follows it is not code. To show the brackets themselves, write \\{ and \\}.';
  }
  if (/after `<`/.test(reason)) {
    if (/^<[^\s>]+@[^\s>]+>/.test(after)) {
      const address = /^<([^\s>]+)>/.exec(after)![1]!;
      return `An email address in angle brackets is read as a tag in MDX. Write it as a link: [${address}](mailto:${address}).`;
    }
    if (/^<https?:/.test(after)) {
      const address = /^<([^\s>]+)>/.exec(after)?.[1] ?? 'https://example.org/';
      return `A web address in angle brackets is read as a tag in MDX. Write it as a link: [${address}](${address}).`;
    }
    return 'A < starts a tag in MDX. To show the sign itself, write \\< or &lt;.';
  }
  if (/closing tag|end tag|unclosed|expected a closing/i.test(reason)) {
    return `A tag is not closed, or is closed in the wrong place (the compiler says: ${reason}). Close each tag you open, or write \\< for a plain <.`;
  }
  return `The MDX compiler cannot read this: ${reason}. Check the line, or write \\{, \\} and \\< for plain brackets.`;
}

/** The body with the character that stopped the compiler set aside, so it can read on. */
function setAside(lines: string[], line: number, column: number): boolean {
  const text = lines[line - 1];
  if (text === undefined) return false;
  // The opening bracket of the expression or tag the mistake is in.
  const at = Math.max(text.lastIndexOf('{', column - 1), text.lastIndexOf('<', column - 1));
  if (at < 0) return false;
  lines[line - 1] = `${text.slice(0, at)} ${text.slice(at + 1)}`;
  return true;
}

export function mdxProblems(bodies: readonly MdxBody[], most = 20): Problem[] {
  const problems: Problem[] = [];
  for (const { file, body, bodyLine } of bodies) {
    const lines = body.split('\n');
    for (let found = 0; found < most; found++) {
      try {
        mdxToJs(lines.join('\n'), { outputFormat: 'function-body' });
        break;
      } catch (error) {
        const match = compilerMessage.exec((error as Error).message);
        if (!match) {
          problems.push({ severity: 'error', file, line: bodyLine, column: 1, path: [], message: plainMdxMessage((error as Error).message, '') });
          break;
        }
        const [line, column] = [Number(match[1]), Number(match[2])];
        const text = lines[line - 1] ?? '';
        const start = Math.max(text.lastIndexOf('{', column - 1), text.lastIndexOf('<', column - 1));
        problems.push({
          severity: 'error',
          file,
          line: line + bodyLine - 1,
          column: (start >= 0 ? start : column - 1) + 1,
          path: [],
          message: plainMdxMessage(match[3]!, start >= 0 ? text.slice(start) : ''),
        });
        if (!setAside(lines, line, column)) break;
      }
    }
  }
  return problems;
}
