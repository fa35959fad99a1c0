import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome116',
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
