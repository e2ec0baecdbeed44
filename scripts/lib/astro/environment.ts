/**
 * The process environment Astro runs in, for the npm scripts and astro.config.mjs alike: telemetry
 * off (no request leaves the machine), and Vite's reserved names cleared, as a stray BASE_URL in the
 * shell would change every link.
 */
const viteReservedNames = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE'];

export function quietAstroEnvironment(): void {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  for (const name of viteReservedNames) delete process.env[name];
}
