import { t } from '../shared/i18n';
import { idlePhone, type AppSnapshot, type PhoneSnapshot } from '../shared/phone-snapshot';
import { toOffscreen, toViews } from '../shared/messaging/channels';
import { accountLabel, isConfigured, toSipConfig } from '../shared/settings';
import { showBadge } from './badge';
import { ensureOffscreen, offscreenExists } from './offscreen-document';
import { loadState } from './store';
import { unseenMissedCalls } from './history';

/**
 * The worker's side of the phone: it tells the offscreen document what to do
 * and composes the snapshot the views render. It keeps no copy of the phone's
 * state: the offscreen document owns it, the worker asks.
 */

/** Should a phone be running at all? */
export async function phoneWanted(): Promise<boolean> {
  const { settings, status } = await loadState();
  return isConfigured(settings) && status !== 'offline';
}

/** Sends the saved configuration and status to the offscreen document, creating it when needed. */
export async function pushConfig(): Promise<PhoneSnapshot> {
  const { settings, status, revision, prefs } = await loadState();
  const configured = isConfigured(settings);
  if (!configured || status === 'offline') {
    // Nothing to run: tell a running document to stop, but do not create one.
    if (!(await offscreenExists())) return idlePhone();
  } else {
    await ensureOffscreen();
  }
  const answer = await toOffscreen('offscreen/configure', {
    config: configured ? toSipConfig(settings) : null,
    status,
    revision,
    prefs,
    defaultCountry: settings.defaultCountry,
    language: t('lang'),
  });
  return answer.ok ? answer.value : idlePhone();
}

export async function currentPhone(): Promise<PhoneSnapshot> {
  if (!(await offscreenExists())) return idlePhone();
  const answer = await toOffscreen('offscreen/getState', {});
  return answer.ok ? answer.value : idlePhone();
}

export async function compose(phone: PhoneSnapshot): Promise<AppSnapshot> {
  const { settings, status, prefs } = await loadState();
  const configured = isConfigured(settings);
  return {
    configured,
    dialPlan: { ...prefs.dialPlan, defaultCountry: settings.defaultCountry },
    status,
    account: configured ? accountLabel(settings) : null,
    phone,
    missedCalls: await unseenMissedCalls().catch(() => 0),
    wrapUp: { dispositions: prefs.dispositions, required: prefs.wrapUpRequired },
  };
}

/**
 * Renders the badge and tells every open view. Handlers run concurrently, so
 * publishing is queued and an older phone state never overwrites a newer one
 * (a cache of the newest seen, rebuilt from the next snapshot if the worker restarts).
 */
let newest: PhoneSnapshot | null = null;
let publishing: Promise<unknown> = Promise.resolve();
export function publish(phone: PhoneSnapshot): Promise<AppSnapshot> {
  const run = async () => {
    if (newest === null || phone.seq >= newest.seq) newest = phone;
    const snapshot = await compose(newest);
    await showBadge(snapshot);
    // No view open is the usual case, not an error.
    await toViews('views/snapshot', { snapshot });
    return snapshot;
  };
  const next = publishing.then(run, run);
  publishing = next.catch(() => undefined);
  return next;
}
