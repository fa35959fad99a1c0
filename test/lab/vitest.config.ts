import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The lab's own vitest config, run from the repo root:
//   test/lab/run-in-netns.sh npx vitest run -c test/lab/vitest.config.ts
// (`npx vitest run --root test/lab` works too but leaves a
// test/lab/node_modules/ cache behind.)
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Keep vitest's cache with the repo's, not in a test/lab/node_modules.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/lab', import.meta.url)),
  test: {
    include: ['**/*.test.ts'],
    // Real Kamailio + Chromium runs need more than unit-test timeouts.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One file at a time: two cores are better spent on media than on
    // contending browsers.
    fileParallelism: false,
  },
});
