import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic beside its source, plus test/unit. The browser suites have their own config (test/e2e). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
