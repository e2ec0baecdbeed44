/**
 * Every MDX file read with the compiler the build uses (Sätteri), before anything is built, so a
 * mistake is reported as `file:line:col  what is wrong. What to do.` with every other problem,
 * not one at a time as a stack trace from the middle of a build. After a mistake the compiler
 * stops; the check sets the offending character aside and reads on, so a file's every mistake
 * is listed at once.
 */
import { defineMdastPlugin, mdxToJs, type MdxFlowExpression, type MdxTextExpression } from 'satteri';
import type { Problem } from './problems.ts';
import { positionIn } from './text-rules.ts';
import { mdxSafetyProblems, type MdxFileContext } from './mdx-safety.ts';
import { Fragment, htmlOf, jsx, jsxs, StaticHtml } from '../html-jsx.ts';

export interface MdxBody {
  /** Path of the file, relative to the project root. */
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the front matter). */
  bodyLine: number;
  /** Where the file and its assembly are, to check what it imports and shows (mdx-safety.ts). */
  context?: MdxFileContext;
}

/**
 * Runs a file's code as the build would, with the HTML runtime the build uses for files without
 * imports, so code that stops with an error is reported here; undefined when it runs.
 */
function runtimeError(body: string): string | undefined {
  try {
    const { code } = mdxToJs(body, { outputFormat: 'function-body', optimizeStatic: { component: 'StaticHtml', prop: 'set:html' }, elementAttributeNameCase: 'html' });
    const exports = new Function(code)({ Fragment, jsx, jsxs }) as { default: (props: object) => Parameters<typeof htmlOf>[0] };
    htmlOf(exports.default({ components: { StaticHtml } }));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
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
  const closing = /closing tag `<\/([\w.:-]*)>`/i.exec(reason)?.[1];
  const open = /closing tag for `<([\w.:-]+)>`/i.exec(reason)?.[1];
  if (closing !== undefined && open) {
    return `Tags close in the reverse order they open: close <${open}> with </${open}> before this </${closing}>.`;
  }
  if (closing !== undefined) {
    return `This </${closing}> closes a tag that was not opened before it in the same paragraph. Remove it, or write \\< for a plain <.`;
  }
  if (open) {
    return `The tag <${open}> opened here is never closed. Close it with </${open}> (in the same paragraph, when the tag sits in a line of text), or write \\< for a plain <.`;
  }
  return `The MDX compiler cannot read this: ${reason}. Check the line, or write \\{, \\} and \\< for plain brackets.`;
}

/**
 * The body with the character that stopped the compiler set aside, so it can read on. After a
 * tag mistake the rest of its paragraph's tags are set aside too: one misplaced tag would
 * otherwise be reported again as every tag around it.
 */
function setAside(lines: string[], line: number, column: number, reason: string): boolean {
  const text = lines[line - 1];
  if (text === undefined) return false;
  // The opening bracket of the expression or tag the mistake is in.
  const at = Math.max(text.lastIndexOf('{', column - 1), text.lastIndexOf('<', column - 1));
  if (at < 0) return false;
  lines[line - 1] = `${text.slice(0, at)} ${text.slice(at + 1)}`;
  if (/closing tag/i.test(reason)) {
    for (let i = line - 1; i < lines.length && lines[i]!.trim() !== ''; i++) lines[i] = lines[i]!.replaceAll('<', ' ');
  }
  return true;
}

/** Words in curly brackets, alone or joined by hyphens: `{soon}`, `{date-tbc}`. */
const wordsInBrackets = /^\s*[A-Za-z_$][\w$]*(?:\s*-\s*[A-Za-z_$][\w$]*)*\s*$/;

/** Names a file declares in its own imports and exports. */
function declaredNames(esm: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const code of esm) {
    for (const [, name] of code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(name!);
    for (const [, list] of code.matchAll(/import\s+([^;]*?)\s+from/g)) {
      for (const [, name] of list!.matchAll(/(?:\bas\s+)?([A-Za-z_$][\w$]*)\s*(?:,|}|$)/g)) names.add(name!);
    }
  }
  return names;
}

/**
 * Words in curly brackets that compile but would stop the build: `{soon}` is code naming
 * something the file never defines.
 */
function undefinedWords(body: string): { line: number; column: number; words: string }[] {
  const expressions: { value: string; line: number; column: number }[] = [];
  const esm: string[] = [];
  const collect = (node: Readonly<MdxTextExpression | MdxFlowExpression>) => {
    if (node.position) expressions.push({ value: node.value, ...node.position.start });
  };
  const plugin = defineMdastPlugin({
    name: 'words-in-brackets',
    options: { position: true },
    mdxTextExpression: collect,
    mdxFlowExpression: collect,
    mdxjsEsm(node) {
      esm.push(node.value);
    },
  });
  mdxToJs(body, { outputFormat: 'function-body', mdastPlugins: [plugin] });
  const declared = declaredNames(esm);
  return expressions
    .filter(({ value }) => wordsInBrackets.test(value) && value.split('-').some((word) => !declared.has(word.trim())))
    .map(({ value, line, column }) => ({ line, column, words: value.trim() }));
}

export function mdxProblems(bodies: readonly MdxBody[], most = 20): Problem[] {
  const problems: Problem[] = [];
  for (const { file, body, bodyLine, context } of bodies) {
    const lines = body.split('\n');
    for (let found = 0; found < most; found++) {
      try {
        mdxToJs(lines.join('\n'), { outputFormat: 'function-body' });
        const before = problems.length;
        for (const { line, column, message } of context && found === 0 ? mdxSafetyProblems(body, context) : []) {
          problems.push({ severity: 'error', file, line: line + bodyLine - 1, column, path: [], message });
        }
        for (const { line, column, words } of undefinedWords(lines.join('\n'))) {
          problems.push({
            severity: 'error',
            file,
            line: line + bodyLine - 1,
            column,
            path: [],
            message: `{${words}} is read as code in MDX, and nothing called ${words.split('-')[0]!.trim()} is defined, so the build would stop. To show the brackets themselves, write \\{${words}\\}.`,
          });
        }
        // Code is run only in a file that passed every other check, and imports nothing.
        if (problems.length === before && found === 0 && context && !/^\s*(?:import|export)\s/m.test(body)) {
          const stopped = runtimeError(body);
          if (stopped) {
            const at = positionIn(body, Math.max(0, body.search(/[{<]/)));
            problems.push({ severity: 'error', file, line: at.line + bodyLine - 1, column: at.column, path: [], message: `The code in this file stops with an error when the page is made: "${stopped}". Check what is written in curly brackets { } and in tags.` });
          }
        }
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
        if (!setAside(lines, line, column, match[3]!)) break;
      }
    }
  }
  return problems;
}
