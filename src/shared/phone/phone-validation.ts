/**
 * The only place that talks to libphonenumber-js (with quick-validation.ts,
 * which answers the common cases from its metadata, faster).
 *
 * It uses the `core` entry point with the metadata of metadata.ts (which
 * says why 'max', and why it is parsed on first use); the context filters of
 * this folder are what keep order numbers, dates and amounts out.
 */
import {
  Metadata,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { phoneMetadata } from './metadata';
import { quickInternational, quickNational } from './quick-validation';

/** Normalises a user-supplied ISO code; unknown codes mean "no default country". */
export function resolveCountry(code: string | undefined): CountryCode | undefined {
  if (!code) return undefined;
  // The content script asks once per text node, always with the agent's one country.
  if (code === lastCode) return lastCountry;
  const upper = code.trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper as CountryCode, phoneMetadata()) ? (upper as CountryCode) : undefined;
  lastCode = code;
  lastCountry = country;
  return country;
}
let lastCode: string | undefined;
let lastCountry: CountryCode | undefined;

export interface ValidNumber {
  e164: string;
  /** true when the number was written in the default country's national format */
  national: boolean;
}

/** libphonenumber-js exposes these on its Metadata helpers but does not type them. */
interface FormatLike {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat(): boolean;
}
interface PlanLike {
  formats(): FormatLike[];
}
interface MetadataLike {
  selectNumberingPlan(country: string): void;
  numberingPlan?: PlanLike;
}

let helper: MetadataLike | undefined;
function metadataHelper(): MetadataLike {
  helper ??= new Metadata(phoneMetadata()) as unknown as MetadataLike;
  return helper;
}

interface CompiledFormat {
  leading?: RegExp;
  pattern: RegExp;
  npRequired: boolean;
}
const compiledFormats = new Map<string, CompiledFormat[]>();

function formatsFor(country: string): CompiledFormat[] {
  let formats = compiledFormats.get(country);
  if (formats) return formats;
  metadataHelper().selectNumberingPlan(country);
  const raw = metadataHelper().numberingPlan?.formats() ?? [];
  formats = raw.map((f) => {
    const leadingPatterns = f.leadingDigitsPatterns();
    // As libphonenumber does: the last leading-digits pattern is the most precise one.
    const leading = leadingPatterns[leadingPatterns.length - 1];
    return {
      leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
      pattern: new RegExp(`^(?:${f.pattern()})$`),
      npRequired: f.nationalPrefixIsMandatoryWhenFormattingInNationalFormat(),
    };
  });
  compiledFormats.set(country, formats);
  return formats;
}

/**
 * libphonenumber happily parses "30 901820" as a Berlin number with DE as the
 * default, but nobody in Germany writes a national number without its leading
 * 0, so such a digit run is almost always something else (a date, an ID).
 * Same check as Google's `isNationalPrefixPresentIfRequired`, but honouring the
 * per-format "optional" flag (so Indian, Russian, Turkish, Brazilian, Chinese
 * mobile... numbers without trunk prefix are still accepted).
 */
function nationalPrefixPresentIfRequired(country: string | undefined, nn: string, nationalPrefixPresent: boolean): boolean {
  if (nationalPrefixPresent) return true;
  if (!country) return true;
  const formats = formatsFor(country);
  for (const f of formats) {
    if (f.leading && !f.leading.test(nn)) continue;
    if (!f.pattern.test(nn)) continue;
    return !f.npRequired;
  }
  // No display format for this number (the loose `min` patterns accept more
  // numbers than there are formats): follow the country's general habit.
  return !formats.some((f) => f.npRequired);
}

const cache = new Map<string, ValidNumber | null>();
const CACHE_LIMIT = 4000;

function parse(input: string, country: CountryCode | undefined): PhoneNumber | undefined {
  try {
    return country
      ? parsePhoneNumberFromString(input, { defaultCountry: country, extract: false }, phoneMetadata())
      : parsePhoneNumberFromString(input, { extract: false }, phoneMetadata());
  } catch {
    return undefined;
  }
}

function computeValid(digits: string, hasPlus: boolean, country: CountryCode | undefined): ValidNumber | null {
  if (hasPlus) {
    const quick = quickInternational(digits);
    if (quick !== undefined) return { e164: quick, national: false };
    const pn = parse('+' + digits, undefined);
    return pn && pn.isValid() ? { e164: String(pn.number), national: false } : null;
  }
  if (country) {
    // Written without any prefix: no international or national prefix was there to see.
    const quick = quickNational(digits, country);
    if (quick !== undefined && nationalPrefixPresentIfRequired(quick.country, digits, false)) return { e164: quick.e164, national: true };
    const pn = parse(digits, country);
    if (pn && pn.isValid()) {
      const cc = String(pn.countryCallingCode);
      const nn = String(pn.nationalNumber);
      const defaultCc = String(getCountryCallingCode(country, phoneMetadata()));
      let prefix = digits.endsWith(nn) ? digits.slice(0, digits.length - nn.length) : null;
      // Dialled through the country's international prefix ("011 44 ..." in the US).
      const viaIdd = cc !== defaultCc || (prefix !== null && prefix.length > cc.length && prefix.endsWith(cc));
      if (viaIdd) return { e164: String(pn.number), national: false };
      // A rewritten national number (e.g. Argentine mobile "15") means a prefix was present.
      if (prefix === null) prefix = 'x';
      if (nationalPrefixPresentIfRequired(pn.country, nn, prefix.length > 0)) {
        return { e164: String(pn.number), national: true };
      }
    }
  }
  // "00" is the international prefix of most of the world; accept it even when
  // the agent's own country uses another one (US agents still see "0044 ...").
  if (digits.startsWith('00') && digits.length > 8) {
    const pn = parse('+' + digits.slice(2), undefined);
    if (pn && pn.isValid()) return { e164: String(pn.number), national: false };
  }
  return null;
}

/**
 * Validates a digit string (ASCII digits only, `hasPlus` when a "+" was written).
 * Results are memoised: CRM pages repeat the same numbers many times.
 */
export function validateNumber(digits: string, hasPlus: boolean, country: CountryCode | undefined): ValidNumber | null {
  const key = `${hasPlus ? '+' : ''}${digits}|${country ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = computeValid(digits, hasPlus, country);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** True when `country` shares +1 (NANP) — used for the "1 (212) 736-4190" layout fallback. */
export function isNanpCountry(country: CountryCode | undefined): boolean {
  return country !== undefined && String(getCountryCallingCode(country, phoneMetadata())) === '1';
}
