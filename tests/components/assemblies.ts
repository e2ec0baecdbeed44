/** Example and fixture assemblies as pages see them, and components rendered from them, for component tests. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
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

export type SiteAssembly = ReturnType<typeof siteAssembly>;
const container = await AstroContainer.create();

/** The words a component shows for one output (a recommendation, ballot…) of an assembly. */
export async function wordsForOutput(component: AstroComponentFactory, assembly: SiteAssembly, id: string): Promise<string> {
  const output = assembly.config.recommendations.find((r) => r.id === id);
  if (!output) throw new Error(`${assembly.id} has no output ${id}`);
  return textOf(await container.renderToString(component, { props: { assembly, output } }));
}
