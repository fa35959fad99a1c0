import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * The E.164 form of a caller's number as the PBX presented it, or null when
 * it is an internal extension or not a phone number at all.
 */
export function toE164(number: string, defaultCountry: string): string | null {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.replace('+', '').length < 7) return null;
  const parsed = parsePhoneNumberFromString(digits, defaultCountry as CountryCode);
  return parsed?.isPossible() ? parsed.number : null;
}
