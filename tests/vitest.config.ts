import { defineConfig } from 'vitest/config';
import { UnitFirstBuildsLastSequencer } from './support/sequencer.ts';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Integration tests run Astro builds, which are slow on two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    sequence: { sequencer: UnitFirstBuildsLastSequencer },
    projects: [
      // Unit tests need no built site: running one file starts no build. scripts/mutate-rules.ts
      // sets RULE_MUTANT or CHECK_MUTANT to force one transparency rule's or cross-check's result and
      // see whether a test notices.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: process.env['RULE_MUTANT'] || process.env['CHECK_MUTANT'] ? ['tests/support/rule-mutant.ts'] : [] } },
      // Components rendered through Astro's container API, with Vite set up by Astro: no build.
      'tests/components/vitest.config.ts',
      // Integration and browser tests share the example site, built once before them.
      { test: { name: 'site', include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/support/build-examples.ts'] } },
    ],
  },
});
