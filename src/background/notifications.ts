import type { CallSnapshot } from '../shared/call-snapshot';
import { t } from '../shared/i18n';
import { toOffscreen } from '../shared/messaging/channels';

const PREFIX = 'call:';

/**
 * A system notification for each ringing call, with Answer and Decline.
 * Derived from the phone's snapshot each time it changes (the worker keeps no
 * list): a call that stops ringing (answered anywhere, declined, the caller
 * gave up) has its notification cleared.
 */
export async function syncCallNotifications(calls: readonly CallSnapshot[]): Promise<void> {
  const ringing = calls.filter((c) => c.phase === 'incoming');
  const shown = Object.keys(await chrome.notifications.getAll());
  for (const id of shown) {
    if (id.startsWith(PREFIX) && !ringing.some((c) => `${PREFIX}${c.id}` === id)) await chrome.notifications.clear(id);
  }
  for (const call of ringing) {
    const id = `${PREFIX}${call.id}`;
    if (shown.includes(id)) continue;
    const who = call.remoteName ? `${call.remoteName} (${call.remoteNumber})` : call.remoteNumber;
    await chrome.notifications.create(id, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: t(call.waiting ? 'callWaiting' : 'phaseIncoming'),
      message: who,
      buttons: [{ title: t(call.waiting ? 'actHoldAndAnswer' : 'actAnswer') }, { title: t('actDecline') }],
      requireInteraction: true,
      priority: 2,
    });
  }
}

/** Answer (button 0) or Decline (button 1) from a call notification. */
export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (!notificationId.startsWith(PREFIX)) return;
  const callId = notificationId.slice(PREFIX.length);
  const state = await toOffscreen('offscreen/getState', {});
  const call = state.ok ? state.value.calls.find((c) => c.id === callId) : undefined;
  if (call === undefined || call.phase !== 'incoming') {
    await chrome.notifications.clear(notificationId);
    return;
  }
  const action = buttonIndex === 1 ? 'decline' : call.waiting ? 'holdAndAnswer' : 'answer';
  const result = await toOffscreen('offscreen/callAction', { callId, action });
  if (!result.ok) console.warn('[switchboard] notification action failed:', result.error.message);
}
