import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic beside its source, plus test/unit. The browser suites have their own config (test/e2e). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // No chrome.i18n in Node: the English catalogue answers t() (src/shared/i18n.ts).
    setupFiles: ['test/unit/english-catalogue.ts'],
  },
});
