import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/**
 * Builds the content script as one classic script and declares it in the
 * manifest (issue 4, Performance). @crxjs ships a content script as a loader
 * that `import()`s ES modules from the extension, and those fetches are
 * resources of the page: the page's load event waited for them (832 ms →
 * 1,686 ms on the benchmark's 5,000-row page, measured), and each chunk had to
 * be web-accessible to every site, which let any page detect the extension.
 * One self-contained file runs when injected and exposes nothing.
 */
export interface ContentScriptEntry {
  /** Source entry, e.g. src/content/main.ts. */
  readonly entry: string;
  /** Output file in the extension, e.g. content.js. */
  readonly fileName: string;
  readonly matches: string[];
  readonly all_frames: boolean;
  readonly run_at: 'document_start' | 'document_end' | 'document_idle';
}

export function classicContentScript(script: ContentScriptEntry, target: string): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'switchboard:classic-content-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // After @crxjs wrote the manifest, so the declaration below is the last word.
    async writeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target,
          sourcemap: false,
          // SWITCHBOARD_READABLE=1 keeps names, for reading a profile of the content script.
          minify: process.env.SWITCHBOARD_READABLE !== '1',
          lib: { entry: path.resolve(root, script.entry), formats: ['iife'], name: 'switchboardContent', fileName: () => script.fileName },
        },
      });
      const file = path.join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const { entry: _entry, fileName, ...declaration } = script;
      manifest.content_scripts = [{ ...declaration, js: [fileName] }];
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
