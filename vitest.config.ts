import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The integration tests run real builds, which take a few seconds each.
    testTimeout: 180_000,
  },
});
