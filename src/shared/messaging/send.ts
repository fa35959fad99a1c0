import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { err, type Result } from '../result';
import type { EdgeSpec, PayloadOf, Target } from './edge';

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && typeof r.error === 'object' && r.error !== null;
}

/**
 * A typed sender for one edge: `send('ui/setStatus', {status})` resolves to
 * a `Result`, never rejects. When nobody answers (the receiver is gone) the
 * failure comes back as a value too.
 */
export function sender<S extends EdgeSpec, R extends { [K in keyof S]: unknown }>(target: Target) {
  return async function send<K extends keyof S & string>(type: K, payload: PayloadOf<S, K>): Promise<Result<R[K]>> {
    let response: unknown;
    try {
      response = await browser.runtime.sendMessage({ target, type, payload });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return err('unreachable-context', t('errUnreachable', target, detail));
    }
    if (!isResult(response)) return err('no-answer', t('errNoAnswer', target, type));
    return response as Result<R[K]>;
  };
}
