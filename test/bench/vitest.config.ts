import { defineConfig } from 'vitest/config';

/** Benchmarks: real Chromium and Kamailio, figures printed, nothing asserted about time. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/bench/**/*.bench.test.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
