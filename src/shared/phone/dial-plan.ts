import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { t } from '../i18n';
import type { DialPlanRules } from '../preferences';

export type DialPlan = DialPlanRules & { readonly defaultCountry: string };

export type DialResult =
  | {
      readonly ok: true;
      /** What goes into the request URI's user part: only `+`, digits, `*` and `#`. */
      readonly dial: string;
      /** The number in E.164 when it is a phone number, null for an extension or a feature code. */
      readonly e164: string | null;
      /** Digits to send as DTMF once the call is answered (an extension such as "ext. 12"). */
      readonly postDial: string;
      readonly kind: 'extension' | 'external';
    }
  | { readonly ok: false; readonly error: string };

/** Characters people type between digits, which carry no meaning. */
const SEPARATORS = /[\s\u00a0\u2009\u202f().\-/\u2010-\u2015]/g;
const EXTENSION = /^(.*?)(?:\s*(?:,|;ext=|\bext\.?|\bextension|\bx|#)\s*(\d{1,8}))$/i;
const DIAL_STRING = /^\+?[0-9*#]{1,32}$/;

/**
 * Turns what the agent typed, pasted or clicked into what the PBX expects
 * (issue 3): E.164 through libphonenumber-js with the default country,
 * internal extensions and feature codes as they are, then the PBX's rules
 * (outside-line prefix, international prefix, national format).
 *
 * The result is the only thing that may reach a SIP request URI, so anything
 * that is not a phone number is refused here: `1001@evil.example`,
 * `;transport=tcp`, `<`, control characters.
 */
export function planDial(raw: string, plan: DialPlan): DialResult {
  if (raw.length > 64) return { ok: false, error: t('dialTooLong') };
  const text = raw.trim().replace(/^(tel|callto|sip):/i, '');
  if (text === '') return { ok: false, error: t('dialEmpty') };
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(text)) return { ok: false, error: t('dialControl') };
  if (/[@;<>"'\\:?=&%]/.test(text.replace(/;ext=\d+$/i, ''))) {
    return { ok: false, error: t('dialNoSip') };
  }

  let main = text;
  let postDial = '';
  const ext = EXTENSION.exec(text);
  if (ext !== null && /\d{5}/.test((ext[1] ?? '').replace(SEPARATORS, ''))) {
    main = ext[1] ?? '';
    postDial = ext[2] ?? '';
  }
  const compact = main.replace(SEPARATORS, '');
  if (!DIAL_STRING.test(compact)) {
    return { ok: false, error: t('dialNotANumber', raw.slice(0, 40)) };
  }

  const digits = compact.replace(/^\+/, '');
  const isFeatureCode = /[*#]/.test(compact);
  if (isFeatureCode || (!compact.startsWith('+') && digits.length <= plan.maxExtensionDigits)) {
    if (compact.startsWith('+')) return { ok: false, error: t('dialPlusIncomplete') };
    return { ok: true, dial: compact, e164: null, postDial, kind: 'extension' };
  }

  const parsed = parsePhoneNumberFromString(compact, plan.defaultCountry as CountryCode);
  if (parsed === undefined || !parsed.isPossible()) {
    return { ok: false, error: t('dialIncomplete', main.trim(), plan.defaultCountry) };
  }
  const e164 = parsed.number;
  let dial: string;
  if (plan.domesticFormat === 'national' && parsed.country === plan.defaultCountry) {
    dial = parsed.formatNational().replace(/\D/g, '');
  } else {
    dial = plan.internationalPrefix === '+' ? e164 : `${plan.internationalPrefix}${e164.slice(1)}`;
  }
  dial = `${plan.outsideLinePrefix}${dial}`;
  if (!DIAL_STRING.test(dial)) return { ok: false, error: t('dialPlanInvalid') };
  return { ok: true, dial, e164, postDial, kind: 'external' };
}

/** The SIP request URI for a planned dial string. `#` must be escaped in a URI user part (RFC 3261 §25.1). */
export function requestUri(dial: string, domain: string): string {
  if (!DIAL_STRING.test(dial)) throw new Error('requestUri: not a dial string');
  return `sip:${dial.replace(/#/g, '%23')}@${domain}`;
}
