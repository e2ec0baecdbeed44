/**
 * Site search with Pagefind, run through its Node API after Astro has written the pages. Only the
 * content region of each page (data-pagefind-body) is indexed; the index lives in pagefind/.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind also writes other UIs; we use the default one, so the rest is removed. */
const unusedBundleFiles = ['pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-modular-ui.js', 'pagefind-highlight.js'];

export async function indexSite(dir: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of unusedBundleFiles) rmSync(join(dir, 'pagefind', file), { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
