/**
 * Headings one level down (issue 17): where a page gives an MDX file's title as an h2 (the whole
 * report on one page), the file's own ## becomes an h3, so the outline has each section under its
 * chapter. Works on rendered HTML, where a heading's text can never hold a raw "<h".
 */
export function headingsOneLevelDown(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
