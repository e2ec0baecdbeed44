/** Example and fixture assemblies as pages see them, for component tests. */
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { siteAssemblyOf } from '../../templates/lib/site/site-assembly.ts';
import { testEpoch } from '../support/build-examples.ts';

/** The moment every test build uses: 22 November 2026. */
export const testNow = new Date(Number(testEpoch) * 1000);

export function siteAssembly(dir: string, id: string) {
  const loaded = loadAssembly(dir, id);
  if (!loaded.assembly) throw new Error(`${dir}/${id} did not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return siteAssemblyOf(loaded.assembly, testNow, process.cwd());
}

/** The words of rendered HTML, tags dropped and spaces collapsed. */
export const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
