// First, so a catalogue is installed before anything is put into words (no chrome.i18n here).
import { useLanguage } from './locale';
import browser from 'webextension-polyfill';
import { toBackground } from '../shared/messaging/channels';
import { listen } from '../shared/messaging/listen';
import { offscreenSpec, type OffscreenResponses } from '../shared/protocol/offscreen-api';
import { t } from '../shared/i18n';
import { ok } from '../shared/result';
import { testConnection } from './connection-test';
import { watchMicPermission } from './microphone';
import { NetHints } from './net-hints';
import { Registration } from './registration';
import { HistoryWriter } from './history-writer';
import { dbErrorToAppError, isDbError } from '../shared/db/errors';
import { CallError, CallManager } from './calls/call-manager';
import { err, type Result } from '../shared/result';
import type { CallAction } from '../shared/protocol/schemas';

/**
 * The offscreen document: it owns the SIP user agent, the microphone, audio
 * and all live call state, and outlives the service worker. It has no
 * `chrome.storage`; it pulls its configuration from the worker at start
 * (`offscreen/boot`), which is also how registration comes back after the
 * document was re-created.
 */
const hints = new NetHints();
let lastSent = '';
const history = new HistoryWriter(() => registration.snapshot().account ?? '');
let retention: { days: number | null; records: number | null } = { days: null, records: null };
/**
 * Retention is applied at start, after each call, when the agent changes it,
 * and hourly: a phone left idle for days still forgets what it was told to.
 */
const RETENTION_EVERY_MS = 3_600_000;
function keepRetention(): Promise<unknown> {
  return history.applyRetention(retention.days, retention.records).catch(() => 0);
}
setInterval(() => void keepRetention(), RETENTION_EVERY_MS);
const calls: CallManager = new CallManager(() => registration.userAgent(), {
  onChange: () => publish(),
  onEvent: (event) => {
    // Stored first, then told: whoever hears of the event finds the record.
    void history
      .record(event)
      .catch((error: unknown) => console.error('[switchboard] call record not written:', error instanceof Error ? error.message : error))
      .then(async () => {
        if (event.type === 'ended' || event.type === 'failed') await keepRetention();
        const r = await toBackground('offscreen/callEvent', { event });
        if (!r.ok) console.warn('[switchboard] call event not delivered:', r.error.message);
      });
  },
  onNeedMic: () => void toBackground('offscreen/needMic', {}),
});
let lastRegistration = 'idle';
const registration: Registration = new Registration(hints, {
  onChange: () => {
    const { registration: state, error, account } = registration.snapshot();
    if (state !== lastRegistration && ['registered', 'connected', 'failed', 'reconnecting', 'idle'].includes(state)) {
      const who = account ?? t('auditPhone');
      const words = error ? t('auditRegistrationWhy', who, state, error.message) : t('auditRegistration', who, state);
      void history.audit('registration', words, { state, code: error?.code ?? null }).catch(() => undefined);
    }
    lastRegistration = state;
    publish();
  },
  delegate: { onInvite: (invitation) => calls.onInvite(invitation) },
  sessionDescriptionHandlerFactory: calls.sessionDescriptionHandlerFactory,
  onConnectionLost: () => calls.connectionLost(),
});

/** Runs a call action, turning a CallError into an error value for the agent. */
async function act<T>(action: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await action());
  } catch (error) {
    if (error instanceof CallError) return err(error.code, error.message);
    throw error;
  }
}

/** A write to the call record, with the database's refusals in words (a call deleted meanwhile, say). */
async function written<T>(write: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    if (!isDbError(error)) throw error;
    const appError = dbErrorToAppError(error);
    return err(appError.code, appError.message);
  }
}

function callAction(callId: string, action: CallAction): Promise<void> | void {
  switch (action) {
    case 'answer':
      return calls.answer(callId);
    case 'holdAndAnswer':
      return calls.holdAndAnswer(callId);
    case 'decline':
      return calls.decline(callId);
    case 'hangup':
      return calls.hangup(callId);
    case 'mute':
      return calls.setMuted(callId, true);
    case 'unmute':
      return calls.setMuted(callId, false);
    case 'hold':
      return calls.setHold(callId, true);
    case 'resume':
      return calls.setHold(callId, false);
  }
}

let seq = 0;
let seqFor = '';
/** The phone's state, stamped with when it was reached (see PhoneSnapshot.seq). */
function snapshotNow() {
  const body = { ...registration.snapshot(), calls: calls.snapshots(), notice: calls.notice };
  const serialized = JSON.stringify(body);
  if (serialized !== seqFor) {
    seqFor = serialized;
    seq = Math.max(seq + 1, Date.now());
  }
  return { ...body, seq };
}

function publish(): void {
  const snapshot = snapshotNow();
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
  'offscreen/configure': async ({ config, status, revision, prefs, defaultCountry, language }) => {
    ensurePresence();
    useLanguage(language);
    calls.applyPreferences(prefs, config?.sipDomain ?? '', defaultCountry);
    const changed = prefs.retentionDays !== retention.days || prefs.retentionRecords !== retention.records;
    retention = { days: prefs.retentionDays, records: prefs.retentionRecords };
    if (changed) void keepRetention();
    await registration.apply(config, status, revision);
    return ok(snapshotNow());
  },
  'offscreen/dial': ({ dial, display, e164, postDial, consultFor, context }) =>
    act(async () => ({ callId: await calls.dial({ dial, display, e164, postDial, consultFor, context }) })),
  'offscreen/callAction': ({ callId, action }) => act(async () => {
    await callAction(callId, action);
    return null;
  }),
  'offscreen/dtmf': ({ callId, digits }) => act(async () => {
    await calls.sendDtmf(callId, digits);
    return null;
  }),
  'offscreen/transfer': ({ callId, dial }) => act(async () => {
    await calls.blindTransfer(callId, dial);
    return null;
  }),
  'offscreen/completeTransfer': ({ callId, consultId }) => act(async () => {
    await calls.completeTransfer(callId, consultId);
    return null;
  }),
  'offscreen/dismissEnded': () => {
    calls.dismissEnded();
    return ok(null);
  },
  'offscreen/saveWrapUp': ({ callId, disposition, notes }) => written(async () => {
    await history.saveWrapUp(callId, { disposition, notes });
    return null;
  }),
  'offscreen/deleteCalls': ({ ids }) => written(async () => ({ deleted: await history.deleteCalls(ids) })),
  'offscreen/clearHistory': () => written(async () => {
    await history.clearAll();
    return null;
  }),
  'offscreen/mediaStats': ({ callId }) => act(() => calls.mediaStats(callId)),
  'offscreen/warmUp': async () => {
    await calls.warmUp();
    return ok(null);
  },
  'offscreen/getState': () => {
    // A worker asking is a worker awake: make sure it can see us go away.
    ensurePresence();
    return ok(snapshotNow());
  },
  'offscreen/testConnection': async ({ config }) => ok(await testConnection(config, hints)),
  'offscreen/reconnectNow': async () => {
    await registration.reconnectNow();
    return ok(null);
  },
  'offscreen/micGranted': async () => {
    registration.setMic(await watchMicPermission((p) => registration.setMic(p)));
    return ok(snapshotNow());
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
  // Calls a crash or an extension reload cut off are filed as interrupted.
  const interrupted = await history.recover().catch((error: unknown) => {
    console.error('[switchboard] interrupted-call recovery failed:', error instanceof Error ? error.message : error);
    return [];
  });
  if (interrupted.length > 0) console.warn(`[switchboard] ${interrupted.length} call(s) were interrupted and marked so`);
  registration.setMic(await watchMicPermission((p) => registration.setMic(p)));
  const answer = await toBackground('offscreen/boot', {});
  if (!answer.ok) {
    console.error('[switchboard] no configuration from the service worker:', answer.error.message);
    return;
  }
  useLanguage(answer.value.language);
  calls.applyPreferences(answer.value.prefs, answer.value.config?.sipDomain ?? '', answer.value.defaultCountry);
  retention = { days: answer.value.prefs.retentionDays, records: answer.value.prefs.retentionRecords };
  await keepRetention();
  await registration.apply(answer.value.config, answer.value.status, answer.value.revision);
  publish();
}

void boot();
