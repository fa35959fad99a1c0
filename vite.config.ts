import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest, { CONTENT_SCRIPT } from './manifest.config.ts';
import { classicContentScript } from './scripts/classic-content-script.ts';

const TARGET = 'chrome116';

export default defineConfig({
  plugins: [preact(), crx({ manifest }), classicContentScript({ ...CONTENT_SCRIPT, matches: [...CONTENT_SCRIPT.matches] }, TARGET)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: TARGET,
    rollupOptions: {
      // Pages the manifest does not name must be listed to be built (LAB.md).
      input: {
        offscreen: 'src/offscreen/index.html',
        permission: 'src/permission/index.html',
        history: 'src/history/index.html',
        consent: 'src/consent/index.html',
      },
    },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
