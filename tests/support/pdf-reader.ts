/**
 * A PDF read back by an independent reader, Mozilla's PDF.js: its text, bookmarks, document
 * information, tags (the structure tree) and XMP metadata.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  pages: number;
  info: Record<string, unknown>;
  /** Bookmarks: each top-level title with the titles under it. */
  outline: Array<[string, string[]]>;
  /** The text of every page, in reading order, joined by spaces. */
  text: string;
  /** The text of each page. */
  pageTexts: string[];
  /** Whether the PDF says it is tagged, and the structure roles found on its pages. */
  marked: boolean;
  roles: Set<string>;
  xmp: string;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const outline = ((await doc.getOutline()) ?? []).map((item) => [item.title, item.items.map((sub) => sub.title)] as [string, string[]]);
  const texts: string[] = [];
  const roles = new Set<string>();
  const walk = (node: { role?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    texts.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
    walk(await page.getStructTree());
  }
  const marked = (await doc.getMarkInfo())?.Marked === true;
  const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(Buffer.from(bytes).toString('latin1'))?.[0] ?? '';
  await doc.destroy();
  return { pages: doc.numPages, info, outline, text: texts.join(' ').replace(/\s+/g, ' '), pageTexts: texts.map((t) => t.replace(/\s+/g, ' ').trim()), marked, roles, xmp };
}
