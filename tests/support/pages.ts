/** Every HTML page of a built site, as paths relative to its root ("greater-cambridge-2019/about/"). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** "a/b/index.html" → "a/b/"; "404.html" stays. */
export function pageUrlPath(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Redirect pages (for renamed ids) forward at once and carry no content of their own. */
export function isRedirectPage(html: string): boolean {
  return html.includes('<meta http-equiv="refresh"');
}

/** Every page with content: HTML files that are not redirects. */
export function contentPages(root: string): string[] {
  return htmlFiles(root).filter((file) => !isRedirectPage(readFileSync(join(root, file), 'utf8')));
}

/** Inline elements run into the text around them; every other tag separates words. */
const inlineTags = /<\/?(?:a|abbr|b|code|em|i|span|strong|time)\b[^>]*>/g;

/** The visible text of an HTML document: scripts and styles removed, tags stripped, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(inlineTags, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The visible text of a built page, such as "alpha/about". */
export function pageText(out: string, page: string): string {
  return visibleText(readFileSync(join(out, page, 'index.html'), 'utf8'));
}
