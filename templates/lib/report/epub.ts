/**
 * The report as EPUB 3, from the same MDX as the chapter pages (G30, G84): a file people keep, that
 * e-readers reflow. Deterministic: fixed zip dates and a modified date taken from the record.
 */
import type { Nodes } from 'mdast';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml as escape } from '../escape.ts';
import { chapterTree } from './links.ts';

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return escape(node.value);
    case 'inlineCode':
      return `<code>${escape(node.value)}</code>`;
    case 'emphasis':
      return `<em>${node.children.map(inline).join('')}</em>`;
    case 'strong':
      return `<strong>${node.children.map(inline).join('')}</strong>`;
    case 'link':
      return `<a href="${escape(node.url)}">${node.children.map(inline).join('')}</a>`;
    case 'break':
      return '<br/>';
    case 'image':
      // The book carries text only: an image is replaced by its description.
      return node.alt ? `<span class="image-text">[Image: ${escape(node.alt)}]</span>` : '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function block(node: Nodes): string {
  switch (node.type) {
    case 'heading': {
      // The chapter's title is its h1; a chapter's sections (## in MDX, h2 on its web page) stay h2.
      const level = Math.min(Math.max(node.depth, 2), 6);
      return `<h${level}>${node.children.map(inline).join('')}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${node.children.map(inline).join('')}</p>`;
    case 'blockquote':
      return `<blockquote>${node.children.map(block).join('')}</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      return `<${tag}>${node.children.map((item) => `<li>${item.children.map((c) => (c.type === 'paragraph' ? c.children.map(inline).join('') : block(c))).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${escape(node.value)}</code></pre>`;
    case 'thematicBreak':
      return '<hr/>';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(block).join('') : '';
  }
}

/** `base`, the chapter's web address, makes relative links absolute. */
export function markdownToXhtml(markdown: string, base?: string): string {
  const tree = chapterTree(markdown, base);
  return tree.children.map(block).join('\n');
}

export interface EpubInput {
  /** A permanent identifier, such as the report's web address. */
  identifier: string;
  title: string;
  language: string;
  authors: readonly string[];
  publisher: string;
  /** YYYY-MM-DD */
  date: string;
  rights: string;
  chapters: ReadonlyArray<{ title: string; body: string; url?: string }>;
}

function xhtmlDocument(title: string, language: string, body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escape(language)}" lang="${escape(language)}">
<head>
<meta charset="utf-8"/>
<title>${escape(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * What the book offers a reader who uses assistive technology (EPUB Accessibility 1.1, schema.org
 * terms): text only (images are not carried), headings, a table of contents and landmarks, a reading
 * order that is the spine, and nothing that flashes or moves.
 */
const accessibilityMetadata = [
  '<meta property="schema:accessMode">textual</meta>',
  '<meta property="schema:accessModeSufficient">textual</meta>',
  ...['structuralNavigation', 'tableOfContents', 'readingOrder'].map((feature) => `<meta property="schema:accessibilityFeature">${feature}</meta>`),
  '<meta property="schema:accessibilityHazard">none</meta>',
  '<meta property="schema:accessibilitySummary">The report as text, with headings for every chapter and section, a table of contents, and a reading order that follows the report. Images are replaced by their descriptions; it holds no sound or video.</meta>',
  '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>',
  '<meta property="a11y:certifiedBy">The assembly site generator, by automated checks when the book is made</meta>',
].join('\n');

const stylesheet = 'body { font-family: serif; line-height: 1.5; } h1, h2, h3 { font-family: sans-serif; line-height: 1.2; } blockquote { margin: 1em 2em; }\n';

export function epub(input: EpubInput): Uint8Array {
  const chapterFile = (i: number) => `chapter-${String(i + 1).padStart(2, '0')}.xhtml`;
  const files: Zippable = {
    // The mimetype must come first and be stored uncompressed (EPUB OCF).
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`),
    'EPUB/package.opf': strToU8(`<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escape(input.language)}" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${escape(input.identifier)}</dc:identifier>
<dc:title>${escape(input.title)}</dc:title>
<dc:language>${escape(input.language)}</dc:language>
${input.authors.map((a) => `<dc:creator>${escape(a)}</dc:creator>`).join('\n')}
<dc:publisher>${escape(input.publisher)}</dc:publisher>
<dc:date>${input.date}</dc:date>
<dc:rights>${escape(input.rights)}</dc:rights>
<meta property="dcterms:modified">${input.date}T00:00:00Z</meta>
${accessibilityMetadata}
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="style" href="style.css" media-type="text/css"/>
${input.chapters.map((_, i) => `<item id="c${i + 1}" href="${chapterFile(i)}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
${input.chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`).join('\n')}
</spine>
</package>
`),
    'EPUB/nav.xhtml': strToU8(
      xhtmlDocument(
        input.title,
        input.language,
        `<nav epub:type="toc" role="doc-toc" id="toc"><h1>${escape(input.title)}</h1><ol>${input.chapters.map((c, i) => `<li><a href="${chapterFile(i)}">${escape(c.title)}</a></li>`).join('')}</ol></nav>\n` +
          // Landmarks may point only into the spine, which the contents (nav.xhtml) is not part of.
          (input.chapters.length > 0
            ? `<nav epub:type="landmarks" id="landmarks" hidden="hidden"><h2>Landmarks</h2><ol><li><a epub:type="bodymatter" href="${chapterFile(0)}">Start of the report</a></li></ol></nav>`
            : ''),
      ),
    ),
    'EPUB/style.css': strToU8(stylesheet),
  };
  input.chapters.forEach((chapter, i) => {
    files[`EPUB/${chapterFile(i)}`] = strToU8(
      xhtmlDocument(chapter.title, input.language, `<section epub:type="chapter" role="doc-chapter"><h1>${escape(chapter.title)}</h1>\n${markdownToXhtml(chapter.body, chapter.url)}</section>`),
    );
  });
  // A fixed date in every zip entry, so the same report gives the same file.
  return zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z'), level: 9 });
}
