import type { Handlers } from '../shared/messaging/listen';
import type { BackgroundResponses, BackgroundSpec } from '../shared/protocol/background-api';
import { toOffscreen } from '../shared/messaging/channels';
import { t } from '../shared/i18n';
import { ok, err } from '../shared/result';
import type { CallEvent } from '../shared/call-events';
import { isConfigured, toPublic, toSipConfig } from '../shared/settings';
import { validateSettings } from '../shared/settings-validation';
import { openMicPage } from './mic-page';
import { ensureOffscreen, offscreenExists } from './offscreen-document';
import { compose, currentPhone, publish, pushConfig } from './phone-link';
import { loadState, savePreferences, saveSettings, saveStatus } from './store';
import { placeCall, transferTo } from './dialing';
import { syncCallNotifications } from './notifications';
import { pageHandlers } from './page-handlers';
import { historyHandlers } from './history-handlers';
import { audit } from './history';
import { forwardCallEvent } from './page-events';

/** One handler per message the worker answers; `listen` has already checked sender and shape. */
export const handlers: Handlers<BackgroundSpec, BackgroundResponses> = {
  'ui/getSnapshot': async () => {
    // A view opening is a good moment to make sure the phone is running.
    const phone = (await offscreenExists()) ? await currentPhone() : await pushConfig();
    return ok(await compose(phone));
  },

  'ui/setStatus': async ({ status }) => {
    const { settings } = await loadState();
    if (status !== 'offline' && !isConfigured(settings)) {
      return err('not-configured', t('errNotConfigured'));
    }
    await saveStatus(status);
    await audit('status', t('auditStatusSet', status), { status });
    return ok(await publish(await pushConfig()));
  },

  'ui/getSettings': async () => ok(toPublic((await loadState()).settings)),

  'ui/saveSettings': async ({ input }) => {
    const { settings: saved } = await loadState();
    const checked = validateSettings(input, saved.password);
    if (!checked.ok) return ok({ saved: false, fieldErrors: checked.fieldErrors });
    await saveSettings(checked.value);
    // Which fields changed, never their secret values.
    const changed = (['serverUrl', 'sipUser', 'sipDomain', 'authUser', 'displayName', 'defaultCountry'] as const).filter((k) => saved[k] !== checked.value[k]);
    const passwordChanged = saved.password !== checked.value.password;
    // Field names stay as they are stored: the log names what changed, never the values.
    const changes = `${changed.join(', ') || t('auditNoChange')}${passwordChanged ? `, ${t('auditPasswordChanged')}` : ''}`;
    await audit('settings', t('auditSettingsSaved', changes), { fields: changed.join(','), passwordChanged });
    await publish(await pushConfig());
    return ok({ saved: true, settings: toPublic(checked.value) });
  },

  'ui/testConnection': async ({ input }) => {
    const { settings: saved } = await loadState();
    const checked = validateSettings(input, saved.password);
    if (!checked.ok) {
      return ok({
        code: 'invalid-settings',
        message: t('testFixFields'),
        elapsedMs: 0,
        fieldErrors: checked.fieldErrors,
      });
    }
    await ensureOffscreen();
    return toOffscreen('offscreen/testConnection', { config: toSipConfig(checked.value) });
  },

  'ui/reconnectNow': async () => {
    if (await offscreenExists()) await toOffscreen('offscreen/reconnectNow', {});
    else await pushConfig();
    return ok(null);
  },

  'ui/micGranted': async () => {
    if (await offscreenExists()) {
      const answer = await toOffscreen('offscreen/micGranted', {});
      if (answer.ok) await publish(answer.value);
    }
    return ok(null);
  },

  'ui/getPreferences': async () => ok((await loadState()).prefs),

  'ui/savePreferences': async ({ prefs }) => {
    await savePreferences(prefs);
    await audit('settings', t('auditCallSettingsSaved'));
    await publish(await pushConfig());
    return ok(prefs);
  },

  'ui/dial': ({ input, consultFor }) => placeCall(input, consultFor),

  'ui/callAction': async ({ callId, action }) => {
    if (!(await offscreenExists())) return err('no-such-call', t('errCallEnded'));
    return toOffscreen('offscreen/callAction', { callId, action });
  },

  'ui/dtmf': async ({ callId, digits }) => {
    if (!(await offscreenExists())) return err('no-such-call', t('errCallEnded'));
    return toOffscreen('offscreen/dtmf', { callId, digits });
  },

  'ui/transfer': ({ callId, input }) => transferTo(callId, input),

  'ui/completeTransfer': async ({ callId, consultId }) => toOffscreen('offscreen/completeTransfer', { callId, consultId }),

  'ui/dismissEnded': async () => {
    if (await offscreenExists()) await toOffscreen('offscreen/dismissEnded', {});
    return ok(null);
  },

  'ui/warmUp': async () => {
    const { status } = await loadState();
    if (status === 'offline' || !(await offscreenExists())) return ok(null);
    return toOffscreen('offscreen/warmUp', {});
  },

  ...pageHandlers,
  ...historyHandlers,

  'offscreen/boot': async () => {
    const { settings, status, revision, prefs } = await loadState();
    return ok({ config: isConfigured(settings) ? toSipConfig(settings) : null, status, revision, prefs, defaultCountry: settings.defaultCountry, language: t('lang') });
  },

  'offscreen/state': async ({ snapshot }) => {
    await Promise.all([publish(snapshot), syncCallNotifications(snapshot.calls)]);
    return ok(null);
  },

  'offscreen/callEvent': async ({ event }) => {
    // The CRM page that asked for this call hears how it goes (issue 4).
    await forwardCallEvent(event as unknown as CallEvent);
    // The event comes once its record is stored, unlike the state broadcast
    // that announced the end: count missed calls for the badge now.
    if (event.type === 'ended' || event.type === 'failed') await publish(await currentPhone());
    return ok(null);
  },

  'offscreen/needMic': async () => {
    await openMicPage('denied');
    return ok(null);
  },
};
