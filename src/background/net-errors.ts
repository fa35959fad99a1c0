import { toOffscreen } from '../shared/messaging/channels';
import { offscreenExists } from './offscreen-document';

/**
 * Forwards the real network error of the offscreen document's diagnostic
 * probes (`?switchboard-probe=`, see offscreen/diagnose.ts) so a failed
 * connection can be put into words: Chrome tells web code only "failed".
 * Only the extension's own probe requests are looked at.
 */
export function watchProbeErrors(): void {
  const origin = new URL(chrome.runtime.getURL('/')).origin;
  chrome.webRequest.onErrorOccurred.addListener(
    (details) => {
      if (details.initiator !== origin || !details.url.includes('switchboard-probe=')) return;
      void (async () => {
        if (!(await offscreenExists())) return;
        await toOffscreen('offscreen/netError', { url: details.url.slice(0, 2048), error: details.error.slice(0, 128) });
      })();
    },
    { urls: ['http://*/*', 'https://*/*'], types: ['xmlhttprequest', 'other'] },
  );
}
