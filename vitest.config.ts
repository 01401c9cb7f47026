import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two-core machine: keep parallelism modest so HTTP-level tests are not starved.
    maxWorkers: 2,
  },
});
