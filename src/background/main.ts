import { listen } from '../shared/messaging/listen';
import { backgroundSpec, type BackgroundResponses, type BackgroundSpec } from '../shared/protocol/background-api';
import { handlers } from './handlers';
import { openMicPage } from './mic-page';
import { watchProbeErrors } from './net-errors';
import { ensureOffscreen } from './offscreen-document';
import { phoneWanted, publish, currentPhone } from './phone-link';
import { onNotificationButton } from './notifications';
import { commandAction, type PhoneCommand } from './commands';
import { toOffscreen } from '../shared/messaging/channels';
import { offscreenExists } from './offscreen-document';
import { installPageListeners } from './page/page-listeners';

/**
 * The service worker: a router that owns settings and the offscreen
 * document's life. Chrome may stop it at any moment; every listener is
 * registered synchronously at the top level so the events that wake it find
 * them, and no handler relies on a global surviving.
 */
listen<BackgroundSpec, BackgroundResponses>('background', backgroundSpec, handlers);

// Content scripts run next to untrusted pages: keep them out of local storage
// altogether where Chrome allows it (the password is sealed there anyway).
void chrome.storage.local.setAccessLevel({ accessLevel: chrome.storage.AccessLevel.TRUSTED_CONTEXTS }).catch((error: unknown) => {
  console.warn('[switchboard] this Chrome cannot restrict local storage to the extension:', error instanceof Error ? error.message : error);
});
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

chrome.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index));
chrome.notifications.onClicked.addListener((id) => {
  // A click on the notification's body opens the popup's view of the call.
  if (id.startsWith('call:')) void chrome.action.openPopup().catch(() => undefined);
});

async function runCommand(command: string): Promise<void> {
  if (!['answer-call', 'hang-up', 'toggle-mute'].includes(command) || !(await offscreenExists())) return;
  const state = await toOffscreen('offscreen/getState', {});
  if (!state.ok) return;
  const todo = commandAction(command as PhoneCommand, state.value.calls);
  if (todo !== null) await toOffscreen('offscreen/callAction', todo);
}
chrome.commands.onCommand.addListener((command) => void runCommand(command));

// For the end-to-end suite only: Chrome gives tests no way to click a system
// notification's button or press a browser-level shortcut, so the suite calls
// the very handlers those events call. Reachable only from this worker's own
// global scope (e.g. Playwright's worker.evaluate), never from a page.
Object.assign(globalThis, { switchboardEvents: { notificationButton: onNotificationButton, command: runCommand } });
// Click-to-call (issue 4): context menu, the call-selection shortcut; adds its own switchboardEvents.
installPageListeners();

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
