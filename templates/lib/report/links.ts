/**
 * A chapter's MDX read as Markdown for the formats written from it (plain text, EPUB, PDF):
 * without its import and export lines, and with links made absolute.
 *
 * Links in report chapters are often written relative to the chapter's web page ("../../sessions/").
 * A text file or an e-book has no such page, so each link is made absolute against the chapter's
 * public address before either format is written.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

export function absoluteUrl(url: string, base: string | undefined): string {
  if (!base || hasScheme.test(url) || url.startsWith('#')) return url;
  return new URL(url, base).href;
}

/** Makes every link and link definition in the tree absolute against `base` (the chapter's page). */
export function resolveLinks(tree: Root, base: string | undefined): Root {
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') node.url = absoluteUrl(node.url, base);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return tree;
}

/** The chapter's Markdown as a tree, with links absolute against `base`, the chapter's web address. */
export function chapterTree(markdown: string, base: string | undefined): Root {
  return resolveLinks(fromMarkdown(markdown.replace(/^(?:import|export)\s.*$/gm, '')), base);
}
