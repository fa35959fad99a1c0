import browser from 'webextension-polyfill';
import { toBackground } from '../shared/messaging/channels';
import { listen } from '../shared/messaging/listen';
import { offscreenSpec, type OffscreenResponses } from '../shared/protocol/offscreen-api';
import { ok } from '../shared/result';
import { testConnection } from './connection-test';
import { watchMicPermission } from './microphone';
import { NetHints } from './net-hints';
import { Registration } from './registration';

/**
 * The offscreen document: it owns the SIP user agent, the microphone, audio
 * and all live call state, and outlives the service worker. It has no
 * `chrome.storage`; it pulls its configuration from the worker at start
 * (`offscreen/boot`), which is also how registration comes back after the
 * document was re-created.
 */
const hints = new NetHints();
let lastSent = '';
const registration = new Registration(hints, {
  onChange: () => publish(),
  delegate: {
    // Until the call layer lands (issue 3) an incoming call only rings:
    // 180 Ringing tells the caller the agent's phone was reached.
    onInvite: (invitation) => void invitation.progress(),
  },
});

function publish(): void {
  const snapshot = registration.snapshot();
  const serialized = JSON.stringify(snapshot);
  if (serialized === lastSent) return;
  lastSent = serialized;
  ensurePresence();
  void toBackground('offscreen/state', { snapshot }).then((result) => {
    if (!result.ok) console.warn('[switchboard] state not delivered:', result.error.message);
  });
}

/**
 * A port to the worker, so that it notices at once when this document goes
 * away and re-creates it. It is reopened lazily, when there is something to
 * say, so it never keeps a sleeping worker awake.
 */
let presence: browser.Runtime.Port | null = null;
function ensurePresence(): void {
  if (presence !== null) return;
  presence = browser.runtime.connect({ name: 'offscreen-presence' });
  presence.onDisconnect.addListener(() => {
    presence = null;
  });
}

listen<typeof offscreenSpec, OffscreenResponses>('offscreen', offscreenSpec, {
  'offscreen/configure': async ({ config, status, revision }) => {
    ensurePresence();
    await registration.apply(config, status, revision);
    return ok(registration.snapshot());
  },
  'offscreen/getState': () => {
    // A worker asking is a worker awake: make sure it can see us go away.
    ensurePresence();
    return ok(registration.snapshot());
  },
  'offscreen/testConnection': async ({ config }) => ok(await testConnection(config, hints)),
  'offscreen/reconnectNow': async () => {
    await registration.reconnectNow();
    return ok(null);
  },
  'offscreen/micGranted': async () => {
    registration.setMic(await watchMicPermission((p) => registration.setMic(p)));
    return ok(registration.snapshot());
  },
  'offscreen/netError': ({ url, error }) => {
    hints.record(url, error);
    return ok(null);
  },
});

// The browser knows before the socket does when the network comes back.
addEventListener('online', () => void registration.reconnectNow());

async function boot(): Promise<void> {
  ensurePresence();
  registration.setMic(await watchMicPermission((p) => registration.setMic(p)));
  const answer = await toBackground('offscreen/boot', {});
  if (!answer.ok) {
    console.error('[switchboard] no configuration from the service worker:', answer.error.message);
    return;
  }
  await registration.apply(answer.value.config, answer.value.status, answer.value.revision);
  publish();
}

void boot();
