/**
 * MDX is code run on the build machine, and HTML written in it reaches every visitor (issue 15).
 * What an MDX file may do is limited here, before anything is built:
 * - import only images from its own assembly's folder and the project's own components;
 * - never reach `process`, `require` or the like (which read the machine's secrets or files);
 * - show no image, frame or script from another website (no request leaves the site on load);
 * - name only components it imports.
 * This is a guard against mistakes and casual misuse, not a sandbox: the README's security section
 * says who may edit assemblies.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, mdxToJs, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { imageFileProblem, imageTypes } from './image-check.ts';
import { staysInside } from './source-files.ts';

export interface MdxSafetyProblem {
  /** Line and column within the body. */
  line: number;
  column: number;
  message: string;
}

export interface MdxFileContext {
  /** Absolute path of the MDX file. */
  path: string;
  /** Absolute path of its assembly's folder. */
  assemblyDir: string;
}

/** The project's own components, which MDX may import. */
const componentsDir = fileURLToPath(new URL('../../components', import.meta.url));

/** Names through which code reaches the build machine rather than the page. */
const machineNames = /\b(?:process|require|globalThis|global|module|exports|eval|Function|constructor|__proto__|Deno|Bun|__dirname|__filename|fetch|XMLHttpRequest|WebSocket)\b|\bimport\s*\(|\bimport\.meta\b/;

/** Code with its comments and the contents of its strings left out: words there reach nothing. */
function withoutCommentsAndText(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (match) => (match.startsWith('/') ? ' ' : '""'));
}

/** Elements that load or run something, or change the page around them. */
const refusedElements = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'style', 'meta', 'base', 'portal']);

/** Attributes whose address the browser fetches as soon as the page is shown. */
const loadedOnShow = new Set(['src', 'srcset', 'poster', 'data', 'background', 'imagesrcset']);

const isRemote = (address: string) => /^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith('//');

type Position = { line: number; column: number };
type Element = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

export function mdxSafetyProblems(body: string, context: MdxFileContext): MdxSafetyProblem[] {
  const problems: MdxSafetyProblem[] = [];
  const add = (at: Position | undefined, message: string) => problems.push({ line: at?.line ?? 1, column: at?.column ?? 1, message });
  const imported = new Set<string>();
  const elements: Array<{ name: string; at: Position | undefined }> = [];
  const definitions = new Map<string, string>();
  const imageReferences: Array<{ identifier: string; at: Position | undefined }> = [];

  const checkCode = (code: string, at: Position | undefined) => {
    const reached = machineNames.exec(withoutCommentsAndText(code));
    if (reached) {
      add(at, `MDX code may not use "${reached[0].replace(/\s*\($/, '(')}": it would run on the machine that builds the site, with its files and secrets. Remove it; write the text, or a value, instead.`);
    }
  };

  const checkImport = (code: string, at: Position | undefined) => {
    for (const [, names, source] of code.matchAll(/import\s+(?:([\s\S]*?)\s+from\s+)?["']([^"']+)["']/g)) {
      for (const [, name] of (names ?? '').matchAll(/(?:\bas\s+)?([A-Za-z_$][\w$]*)\s*(?:,|}|$)/g)) imported.add(name!);
      const fault = importFault(source!, context);
      if (fault) add(at, fault);
    }
    if (/\bexport\s+(?:\*|\{[^}]*\}\s*from)/.test(code)) add(at, 'An MDX file may not pass on exports from other files. Remove the export.');
  };

  const checkElement = (node: Element) => {
    const at = node.position?.start;
    if (!node.name) return;
    elements.push({ name: node.name, at });
    if (refusedElements.has(node.name.toLowerCase())) {
      add(at, `<${node.name}> is not allowed in MDX: it would load or run something from elsewhere on every visitor's browser, or change the whole page. Link to it instead: [what it is](https://...).`);
      return;
    }
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        checkCode(attribute.value, at);
        continue;
      }
      const value = attribute.value;
      if (typeof value === 'object' && value) checkCode(value.value, at);
      if (/^on/i.test(attribute.name)) {
        add(at, `The attribute ${attribute.name} runs a script in the visitor's browser, which pages of this site never do. Remove it.`);
      } else if (loadedOnShow.has(attribute.name.toLowerCase()) && typeof value === 'string' && value.split(/[\s,]+/).some(isRemote)) {
        add(at, `${attribute.name}="${value}" makes every visitor's browser fetch it from another website when the page is shown, and nothing on this site does that. Save the file in the assembly's files/ folder and show it from there, or link to it.`);
      }
    }
  };

  const checkImage = (url: string, at: Position | undefined) => {
    const fault = imageFault(url, context);
    if (fault) add(at, fault);
  };

  const plugin = defineMdastPlugin({
    name: 'mdx-safety',
    options: { position: true },
    mdxjsEsm(node) {
      checkCode(node.value.replace(/import\s+(?:[\s\S]*?\s+from\s+)?["'][^"']+["']/g, ''), node.position?.start);
      checkImport(node.value, node.position?.start);
    },
    mdxTextExpression(node) {
      checkCode(node.value, node.position?.start);
    },
    mdxFlowExpression(node) {
      checkCode(node.value, node.position?.start);
    },
    mdxJsxFlowElement: checkElement,
    mdxJsxTextElement: checkElement,
    image(node) {
      checkImage(node.url, node.position?.start);
    },
    definition(node) {
      definitions.set(node.identifier, node.url);
    },
    imageReference(node) {
      imageReferences.push({ identifier: node.identifier, at: node.position?.start });
    },
  });
  mdxToJs(body, { outputFormat: 'function-body', mdastPlugins: [plugin] });

  for (const { identifier, at } of imageReferences) {
    const url = definitions.get(identifier);
    if (url !== undefined) checkImage(url, at);
  }
  const declared = new Set([...imported, ...[...body.matchAll(/\bexport\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!)]);
  for (const { name, at } of elements) {
    const head = name.split('.')[0]!;
    if (/^[A-Z]/.test(head) || name.includes('.')) {
      if (!declared.has(head)) {
        add(at, `There is no component called <${name}> in this file: the build would stop here. Import it from the project's components (templates/components/), or write the text as Markdown.`);
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Why the import of `source` is refused, or undefined when it is allowed. */
function importFault(source: string, context: MdxFileContext): string | undefined {
  const allowed = `An MDX file may import only images from its assembly's folder (import map from '../files/map.png') and the project's own components (templates/components/)`;
  if (!source.startsWith('.')) return `${allowed}, not "${source}": imported code runs on the machine that builds the site. Remove the import.`;
  const target = resolve(dirname(context.path), source);
  const inComponents = target.startsWith(`${componentsDir}${sep}`);
  const isImage = (imageTypes as readonly string[]).includes(extname(target).slice(1).toLowerCase());
  if (!inComponents && !isImage) return `${allowed}, not "${source}". Remove the import.`;
  if (!existsSync(target)) return `The file "${source}" does not exist. Add it, or correct the path.`;
  if (!inComponents && !staysInside(context.assemblyDir, target)) {
    return `"${source}" is outside this assembly's folder, and nothing outside it is published. Put the image in the assembly's files/ folder.`;
  }
  return isImage ? imageFileProblem(target, source) : undefined;
}

/** Why the image at `url` is refused, or undefined when it may be shown. */
function imageFault(url: string, context: MdxFileContext): string | undefined {
  if (isRemote(url)) {
    return `The image ${url} is on another website, so every visitor's browser would contact it when the page is shown, and nothing on this site does that. Save it in the assembly's files/ folder and write its path, such as ![What it shows](../files/picture.png).`;
  }
  if (url.startsWith('/')) return undefined; // a page of this site, which Astro leaves as it is
  let target: string;
  try {
    target = resolve(dirname(context.path), decodeURI(url));
  } catch {
    return `The image address "${url}" has a % that does not start a character code. Write the file's name as it is.`;
  }
  if (!existsSync(target)) return `The image "${url}" does not exist. Add it to the assembly's files/ folder, or correct the path (it is read from the folder this file is in, so write ../files/picture.png).`;
  if (!staysInside(context.assemblyDir, target)) return `The image "${url}" is outside this assembly's folder, and nothing outside it is published. Put it in the assembly's files/ folder.`;
  return imageFileProblem(target, url);
}
