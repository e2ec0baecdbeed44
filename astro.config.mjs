// Astro builds the public site from templates/ through the assembly-site integration
// (scripts/lib/astro/): `astro build` and `astro dev` make every assembly under assemblies/ (or
// ASSEMBLIES_DIR). The npm scripts call the same siteConfig with the options they are given.
import { defineConfig } from 'astro/config';
import { quietAstroEnvironment } from './scripts/lib/astro/environment.ts';
import { siteConfig } from './scripts/lib/astro/site-config.ts';

// As in the npm scripts: Astro's usage reports off (Astro may still print its notice about them
// once, before it reads this file), and no stray BASE_URL from the shell.
quietAstroEnvironment();

export default defineConfig(siteConfig());
