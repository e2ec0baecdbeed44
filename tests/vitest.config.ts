import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-examples.ts'],
    // Integration tests run Astro builds, which are slow on two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
