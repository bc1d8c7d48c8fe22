import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests of the built site served by nginx: `npm run test:hosting`, after `npm run build`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/hosting/**/*.test.ts'],
    // Starting a server builds the site when it is missing or stale.
    hookTimeout: 240_000,
    testTimeout: 60_000,
  },
});
