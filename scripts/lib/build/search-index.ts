/**
 * Site search with Pagefind, run through its Node API after Astro has written the pages, one index
 * per language of the pages. Only the
 * content region of each page (data-pagefind-body) is indexed; the index lives in its own folder (searchIndexFolder).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind also writes other UIs; we use the default one, so the rest is removed. */
const unusedBundleFiles = ['pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-modular-ui.js', 'pagefind-highlight.js'];

/** Where the index goes, inside the site. */
export const searchIndexFolder = 'pagefind';

export interface IndexOptions {
  /**
   * Pages whose text replaces what is on disk, by path inside the site: Pagefind keeps the last
   * version of a page it is given, so the index is the one the site would give with them written.
   */
  replacing?: ReadonlyArray<{ page: string; html: string }>;
  /** Where to write the index; default the search index folder inside `dir`. */
  into?: string;
}

/** Indexes the HTML pages in `dir`; returns how many there are. */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<number> {
  const into = options.into ?? join(dir, searchIndexFolder);
  const pagefind = await import('pagefind');
  try {
    // One index per language, by each page's lang (Pagefind's own split): a search on a Welsh page
    // finds Welsh pages, with the word rules of the language where Pagefind has them (issue 19).
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    for (const { page, html } of options.replacing ?? []) {
      const replaced = await index.addHTMLFile({ sourcePath: page, content: html });
      if (replaced.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${replaced.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: into });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of unusedBundleFiles) rmSync(join(into, file), { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
