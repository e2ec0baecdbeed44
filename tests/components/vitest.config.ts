/**
 * Component tests: .astro components rendered through Astro's container API, with Vite set up by
 * Astro from astro.config.mjs (so the assembly-site integration and its virtual modules are there).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }, { root: new URL('../..', import.meta.url).pathname, logLevel: 'warn' });
