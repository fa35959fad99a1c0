import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite: the built extension (dist/) in headless Chromium against
 * a real Kamailio. Files run one at a time: each starts its own browser and
 * PBX, and the machine has two cores.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    // The lab's own smoke test first: when it fails, the lab is broken, not the extension.
    include: ['test/lab/**/*.smoke.test.ts', 'test/e2e/**/*.e2e.test.ts'],
    sequence: { shuffle: false },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
