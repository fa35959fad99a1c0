import { listen } from '../shared/messaging/listen';
import { backgroundSpec, type BackgroundResponses, type BackgroundSpec } from '../shared/protocol/background-api';
import { handlers } from './handlers';
import { openMicPage } from './mic-page';
import { watchProbeErrors } from './net-errors';
import { ensureOffscreen } from './offscreen-document';
import { phoneWanted, publish, currentPhone } from './phone-link';

/**
 * The service worker: a router that owns settings and the offscreen
 * document's life. Chrome may stop it at any moment; every listener is
 * registered synchronously at the top level so the events that wake it find
 * them, and no handler relies on a global surviving.
 */
listen<BackgroundSpec, BackgroundResponses>('background', backgroundSpec, handlers);
watchProbeErrors();

const WATCHDOG = 'offscreen-watchdog';

/** Brings the phone back if it should be running and is not (browser restart, crash). */
async function restorePhone(): Promise<void> {
  if (await phoneWanted()) await ensureOffscreen();
  await publish(await currentPhone());
}

// Every start of the worker checks on the phone: the offscreen document may
// have died while the worker slept, and asking it anything also makes it
// reopen its presence port to this new worker instance.
void restorePhone();

chrome.runtime.onInstalled.addListener((details) => {
  void chrome.alarms.create(WATCHDOG, { periodInMinutes: 1 });
  if (details.reason === chrome.runtime.OnInstalledReason.INSTALL) void openMicPage('first-run');
  void restorePhone();
});

chrome.runtime.onStartup.addListener(() => {
  void chrome.alarms.create(WATCHDOG, { periodInMinutes: 1 });
  void restorePhone();
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === WATCHDOG) void restorePhone();
});

// The offscreen document holds a port open while it lives; when it closes or
// crashes the port drops, and the phone is brought back at once.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'offscreen-presence') return;
  if (port.sender?.url !== chrome.runtime.getURL('src/offscreen/index.html')) {
    port.disconnect();
    return;
  }
  port.onDisconnect.addListener(() => {
    // The document may still be listed for a moment while it closes.
    for (const delay of [50, 500, 2000]) setTimeout(() => void restorePhone(), delay);
  });
});
