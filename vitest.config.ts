import { defineConfig } from 'vitest/config';

// Three layers, each run on its own by `npm test` (see package.json):
// unit tests (plain functions, fixtures read from disk), build tests (real `astro build` runs
// over fixture content) and built-site tests (checks over the built site that need no browser).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Real builds and a real dev server: a few seconds each.
      { test: { name: 'build', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000 } },
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
    },
  },
});
