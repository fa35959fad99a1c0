import { t } from '../shared/i18n';
import { planDial } from '../shared/phone/dial-plan';
import { toOffscreen } from '../shared/messaging/channels';
import { err, type Result } from '../shared/result';
import { isConfigured } from '../shared/settings';
import { ensureOffscreen } from './offscreen-document';
import { loadState } from './store';
import { pendingWrapUp } from './history';
import type { CallContext } from '../shared/protocol/call-context';

/**
 * Every way of placing a call (dialpad, a click on a page, the context menu,
 * a CRM page's request) ends here: the dial plan turns the input into a dial
 * string or refuses it in words, and only a dial string reaches the phone.
 */
export async function placeCall(input: string, consultFor?: string, context?: CallContext): Promise<Result<{ readonly callId: string }>> {
  const { settings, status, prefs } = await loadState();
  if (!isConfigured(settings)) return err('not-configured', t('errNotConfigured'));
  if (status === 'offline') return err('offline', t('errOffline'));
  const planned = planDial(input, { ...prefs.dialPlan, defaultCountry: settings.defaultCountry });
  if (!planned.ok) return err('bad-number', planned.error);
  if (prefs.wrapUpRequired && consultFor === undefined) {
    const pending = await pendingWrapUp();
    if (pending !== null) return err('wrap-up-required', t('errWrapUpFirst', pending.displayName ?? pending.remoteDisplay));
  }
  await ensureOffscreen();
  return toOffscreen('offscreen/dial', {
    dial: planned.dial,
    display: planned.e164 ?? planned.dial,
    e164: planned.e164,
    postDial: planned.postDial,
    ...(consultFor !== undefined ? { consultFor } : {}),
    ...(context !== undefined ? { context } : {}),
  });
}

/** A transfer target goes through the same dial plan as a call. */
export async function transferTo(callId: string, input: string): Promise<Result<null>> {
  const { settings, prefs } = await loadState();
  const planned = planDial(input, { ...prefs.dialPlan, defaultCountry: settings.defaultCountry });
  if (!planned.ok) return err('bad-number', planned.error);
  return toOffscreen('offscreen/transfer', { callId, dial: planned.dial });
}
