import type { ExtensionIdentity } from './sender';

/** The offscreen document's page, as vite builds it (it keeps its source path). */
export const OFFSCREEN_PATH = '/src/offscreen/index.html';

/**
 * The service worker's script as @crxjs/vite-plugin emits it. A constant, not
 * read from `runtime.getManifest()`, because the offscreen document's
 * `chrome.runtime` has no getManifest; the end-to-end suite checks it against
 * the built manifest.
 */
export const WORKER_PATH = '/service-worker-loader.js';

export function extensionIdentity(): ExtensionIdentity {
  return {
    id: chrome.runtime.id,
    origin: new URL(chrome.runtime.getURL('/')).origin,
    workerPath: WORKER_PATH,
    offscreenPath: OFFSCREEN_PATH,
  };
}
