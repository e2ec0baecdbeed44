/**
 * The report as a Typst document, from the same Markdown as every other format (issue 16), for the
 * PDF (pdf.ts). Every piece of text goes in as a Typst string (#"..."), never as markup, so nothing
 * an organiser writes (#, *, //, $, <, @) can become Typst code or formatting.
 */
import type { Nodes } from 'mdast';
import { chapterTree } from './links.ts';

/** A Typst string literal holding `text` exactly. */
export function typstString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** Content holding `text` exactly: markup that is only a string. */
const literal = (text: string) => `[#${typstString(text)}]`;

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return `#${typstString(node.value.replace(/\s+/g, ' '))}`;
    case 'inlineCode':
      return `#raw(${typstString(node.value)})`;
    case 'emphasis':
      return `#emph[${node.children.map(inline).join('')}]`;
    case 'strong':
      return `#strong[${node.children.map(inline).join('')}]`;
    case 'link':
      return /^https?:|^mailto:/.test(node.url) ? `#link(${typstString(node.url)})[${node.children.map(inline).join('')}]` : node.children.map(inline).join('');
    case 'break':
      return '#linebreak()';
    case 'image':
      // The PDF carries text only: an image is replaced by its description.
      return node.alt ? `#emph[#${typstString(`[Image: ${node.alt}]`)}]` : '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function block(node: Nodes): string {
  switch (node.type) {
    case 'heading':
      // The chapter's title is level 1; a chapter's sections (## in MDX) are level 2, and so on.
      return `#heading(level: ${Math.min(Math.max(node.depth, 2), 6)})[${node.children.map(inline).join('')}]`;
    case 'paragraph':
      return `#par[${node.children.map(inline).join('')}]`;
    case 'blockquote':
      return `#quote(block: true)[${node.children.map(block).join('\n')}]`;
    case 'list': {
      const items = node.children.map((item) => `[${item.children.map((c) => (c.type === 'paragraph' ? c.children.map(inline).join('') : block(c))).join('\n')}]`);
      return node.ordered ? `#enum(start: ${node.start ?? 1}, ${items.join(', ')})` : `#list(${items.join(', ')})`;
    }
    case 'code':
      return `#raw(${typstString(node.value)}, block: true)`;
    case 'thematicBreak':
      return '#line(length: 100%)';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(block).join('\n') : '';
  }
}

/** A chapter's Markdown as Typst; `base`, the chapter's web address, makes relative links absolute. */
export function markdownToTypst(markdown: string, base?: string): string {
  const tree = chapterTree(markdown, base);
  return tree.children.map(block).filter(Boolean).join('\n\n');
}

export interface TypstReport {
  title: string;
  /** BCP 47, such as en-GB: Typst takes the language and the region apart. */
  language: string;
  authors: readonly string[];
  /** YYYY-MM-DD: the document's date, and so its creation date in the PDF. */
  date: string;
  /** Lines under the title: who published it, where it lives, its licence. */
  byline: readonly string[];
  chapters: ReadonlyArray<{ title: string; body: string; url?: string }>;
}

export function typstReport(report: TypstReport): string {
  const [year, month, day] = report.date.split('-').map(Number);
  const [lang, region] = report.language.split('-');
  return [
    `#set document(title: ${typstString(report.title)}, author: (${report.authors.map(typstString).join(', ')}${report.authors.length === 1 ? ',' : ''}), date: datetime(year: ${year}, month: ${month}, day: ${day}))`,
    // Libertinus first; DejaVu Sans for what it lacks (Greek, Cyrillic, Arabic, Hebrew, symbols).
    `#set text(font: ("Libertinus Serif", "DejaVu Sans"), lang: ${typstString(lang!.toLowerCase())}${region ? `, region: ${typstString(region.toLowerCase())}` : ''}, size: 11pt)`,
    '#set page(paper: "a4", margin: 2.5cm, numbering: "1")',
    '#set par(justify: false, leading: 0.7em)',
    '#set heading(numbering: none)',
    '#show heading.where(level: 1): it => { pagebreak(weak: true); it }',
    `#title(${literal(report.title)})`,
    ...report.byline.map((line) => `#par${literal(line)}`),
    '#outline(title: [Contents], depth: 1)',
    ...report.chapters.flatMap((chapter) => [`#heading(level: 1)${literal(chapter.title)}`, markdownToTypst(chapter.body, chapter.url)]),
  ].join('\n\n');
}
