/**
 * The report as plain text, from the same MDX as the web pages (G30, G84): the most lasting format,
 * readable in any program. Headings are underlined, paragraphs wrapped at 72 characters, links
 * followed by their address.
 */
import type { Nodes } from 'mdast';
import { chapterTree } from './links.ts';

const width = 72;

export function wrap(text: string, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = line.trim() === '' ? '' : ' ';
    if (line.length + prefix.length + word.length > width && line.trim() !== '') {
      lines.push(line);
      line = indent + word;
    } else line += prefix + word;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

/** The words of a node, links followed by their address. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'link': {
      const label = node.children.map(inline).join('');
      return label === node.url ? node.url : `${label} (${node.url})`;
    }
    case 'break':
      return ' ';
    case 'image':
      return node.alt ? `[Image: ${node.alt}]` : '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function block(node: Nodes, indent = ''): string {
  switch (node.type) {
    case 'heading': {
      const text = inline(node);
      // Chapter titles are underlined with =, so headings inside a chapter use -.
      return `${text}\n${'-'.repeat(Math.min(text.length, width))}`;
    }
    case 'paragraph':
      return wrap(inline(node), indent);
    case 'blockquote':
      return node.children.map((child) => block(child, `${indent}    `)).join('\n\n');
    case 'list':
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          const body = item.children.map((child) => block(child, `${indent}${' '.repeat(marker.length)}`)).join('\n');
          return `${indent}${marker}${body.slice(indent.length + marker.length)}`;
        })
        .join('\n');
    case 'code':
      return node.value.split('\n').map((l) => `${indent}    ${l}`).join('\n');
    case 'thematicBreak':
      return `${indent}* * *`;
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((child) => block(child, indent)).filter(Boolean).join('\n\n') : '';
  }
}

/** `base`, the chapter's web address, makes relative links absolute. */
export function markdownToText(markdown: string, base?: string): string {
  const tree = chapterTree(markdown, base);
  return tree.children.map((child) => block(child)).filter(Boolean).join('\n\n');
}

export interface PlainTextReport {
  title: string;
  byline: string;
  url: string;
  licence: string;
  chapters: ReadonlyArray<{ title: string; body: string; url?: string }>;
}

export function plainTextReport(report: PlainTextReport): string {
  const rule = '='.repeat(Math.min(report.title.length, width));
  const parts = [
    `${report.title.toUpperCase()}\n${rule}`,
    wrap(report.byline),
    `This text version is at ${report.url}`,
    wrap(`Licence: ${report.licence}.`),
    'Contents\n--------',
    report.chapters.map((c, i) => `${i + 1}. ${c.title}`).join('\n'),
    ...report.chapters.flatMap((c, i) => [`${i + 1}. ${c.title}\n${'='.repeat(Math.min(`${i + 1}. ${c.title}`.length, width))}`, markdownToText(c.body, c.url)]),
  ];
  return `${parts.join('\n\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
