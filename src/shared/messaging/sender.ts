import type { SenderKind } from './edge';

/** The parts of `chrome.runtime.MessageSender` the classification reads. */
export interface SenderInfo {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly tab?: unknown;
}

export interface ExtensionIdentity {
  readonly id: string;
  /** `chrome-extension://<id>` */
  readonly origin: string;
  /** Path of the service worker script, e.g. `/service-worker-loader.js`. */
  readonly workerPath: string;
  /** Path of the offscreen document, e.g. `/src/offscreen/index.html`. */
  readonly offscreenPath: string;
}

/**
 * Classifies a sender from what Chrome says about it. Only Chrome fills in
 * `id`, `url` and `tab`, so a page cannot pretend to be the popup: a content
 * script always arrives with a web page's URL.
 */
export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderKind {
  if (sender.id !== self.id) return 'foreign';
  const url = sender.url ?? '';
  // A prefix test, not URL.origin: outside Chrome (unit tests) the origin of
  // a chrome-extension: URL reads "null".
  if (url.startsWith(`${self.origin}/`)) {
    const path = url.slice(self.origin.length).split(/[?#]/, 1)[0];
    if (path === self.workerPath) return 'worker';
    if (path === self.offscreenPath) return 'offscreen';
    return 'page';
  }
  // A content script: Chrome reports the web page's URL and its tab.
  if (sender.tab !== undefined && sender.tab !== null) return 'content';
  return 'foreign';
}
