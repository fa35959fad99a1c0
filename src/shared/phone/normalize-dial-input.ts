/**
 * Turns what an agent pastes or types into the dialer into something to dial.
 *
 *   "(212) 736-4190 ext. 12"          → { number: "+12127364190", ext: "12" }
 *   "tel:+33-1-23-45-67-89"           → { number: "+33123456789" }
 *   "Mobile: 06 12 34 56 78" (FR)     → { number: "+33612345678" }
 *   "1-800-FLOWERS" (US)              → { number: "+18003569377" }
 *   "1001", "*97", "0044 20 ..."      → internal extensions and feature codes
 *                                       are returned as typed digits
 *
 * Unlike page scanning, the agent *meant* this text as a number, so a short
 * or unknown dial string is passed through rather than rejected; `null`
 * means there is nothing dialable at all.
 */
import { findPhoneNumbers } from './find-phone-numbers';
import { asciiDigits } from './separators';

export interface DialableNumber {
  /** E.164 when the input is a recognised phone number, otherwise the typed digits ("1001", "*97") */
  number: string;
  ext?: string;
}

/** Longest raw dial string passed through (E.164 maximum). */
const MAX_RAW_DIGITS = 15;

/** ITU E.161 keypad letters. */
const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

/** URI schemes that wrap a number when copied from a link. */
const URI_PREFIX_RE = /^(?:tel|callto|sip|sips):(?:\/\/)?/i;
/** Only digits, dial symbols and number punctuation. */
const RAW_DIAL_RE = /^\+?[\d\s\u00A0\u202F\u2009().\-–/*#]+$/;
/** "1-800-FLOWERS": digits first, then keypad letters (a lower-case word is prose, not a vanity number). */
const VANITY_RE = /^\+?[\d\s().-]{3,}[A-Z][A-Z\d\s().-]*$/;

export function extractDialable(pasted: string, defaultCountry: string): DialableNumber | null {
  const text = pasted.trim().replace(URI_PREFIX_RE, '');
  if (!text) return null;

  const [found] = findPhoneNumbers(text, { defaultCountry });
  if (found) return found.ext ? { number: found.e164, ext: found.ext } : { number: found.e164 };

  if (VANITY_RE.test(text)) {
    const keyed = text.replace(/[A-Z]/g, (ch) => KEYPAD[ch] ?? ch);
    const [vanity] = findPhoneNumbers(keyed, { defaultCountry });
    if (vanity) return { number: vanity.e164 };
  }

  // Internal extensions ("1001"), feature codes ("*97"), numbers the detector
  // would not report on a web page: dial what was typed.
  if (!RAW_DIAL_RE.test(text)) return null;
  const plus = text.startsWith('+');
  const symbols = text.replace(/[^\d*#]/g, '');
  const digits = asciiDigits(symbols);
  if (digits.length === 0 || digits.length > MAX_RAW_DIGITS) return null;
  if (plus) return /^\d+$/.test(symbols) ? { number: '+' + symbols } : null;
  // "00" international prefix typed without "+".
  if (/^00\d{6,}$/.test(symbols)) return { number: '+' + symbols.slice(2) };
  return { number: symbols };
}
