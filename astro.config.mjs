// Astro builds the public site from templates/ through the assembly-site integration
// (scripts/lib/astro/): `astro build` and `astro dev` make every assembly under assemblies/ (or
// ASSEMBLIES_DIR). The npm scripts call the same siteConfig with the options they are given.
import { defineConfig } from 'astro/config';
import { siteConfig } from './scripts/lib/astro/site-config.ts';

export default defineConfig(siteConfig());
