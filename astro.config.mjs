// Astro builds the public site from templates/ through the assembly-site integration
// (scripts/lib/astro/): `astro build` and `astro dev` make every assembly under assemblies/ (or
// ASSEMBLIES_DIR). The npm scripts call the same siteConfig with the options they are given.
import { defineConfig } from 'astro/config';
import { siteConfig } from './scripts/lib/astro/site-config.ts';

// Nothing leaves the machine that builds the site either: Astro's usage reports stay off, as in
// the npm scripts. (Astro may still print its notice about them once, before it reads this file.)
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig(siteConfig());
