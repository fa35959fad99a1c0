import type { ExtensionIdentity } from './sender';

/** The offscreen document's page, as vite builds it (it keeps its source path). */
export const OFFSCREEN_PATH = '/src/offscreen/index.html';

export function extensionIdentity(): ExtensionIdentity {
  const worker = chrome.runtime.getManifest().background;
  const workerFile = worker !== undefined && 'service_worker' in worker ? worker.service_worker : '';
  return {
    id: chrome.runtime.id,
    origin: new URL(chrome.runtime.getURL('/')).origin,
    workerPath: `/${workerFile.replace(/^\//, '')}`,
    offscreenPath: OFFSCREEN_PATH,
  };
}
