/**
 * Validates a number from libphonenumber-js's metadata without going through
 * its parser: the same steps its `parse` and `isValid()` take (metadata
 * flavour `min`), each pattern compiled once. The parser gets there through
 * layers that cost 30-120 µs a number (options copied at every level,
 * metadata helpers made per call, a RegExp built from pattern text for every
 * test, and for a calling code shared by several countries, such as +1 with
 * 25, all of that per country): on a page listing thousands of different
 * numbers, most of the detector's time (measured).
 *
 * The steps: the calling code is the first one to three digits the metadata
 * knows ("+" numbers) or the default country's; an international prefix, a
 * national prefix that would be stripped, or a national number that starts
 * with the calling code sends the number back to libphonenumber-js (which
 * has rules for each); the country is the one whose leading digits match,
 * or (for countries without leading digits) whose number types accept it, in
 * the metadata's order; that country's pattern, and its number types when
 * the metadata has them, decide.
 *
 * Only "valid" is answered here; anything else (a non-geographic code, a
 * prefix, a number the patterns reject) is left to libphonenumber-js, and
 * quick-validation.test.ts compares the answers with libphonenumber-js's own
 * on every calling code and every country.
 */
import { Metadata } from 'libphonenumber-js/core';
import { phoneMetadata } from './metadata';

/** libphonenumber-js's number types, in the order its getNumberType tries them. */
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** What is needed of one country's numbering plan. */
interface Plan {
  readonly pattern: RegExp;
  readonly leadingDigits: RegExp | null;
  /** Null when the metadata has no number types for the country (the pattern alone decides). */
  readonly types: ReadonlyArray<{ pattern: RegExp; lengths: readonly number[] | undefined }> | null;
  readonly nationalPrefix: RegExp | null;
  readonly internationalPrefix: RegExp | null;
}

/** libphonenumber-js exposes these on its Metadata helper but does not type them. */
interface MetadataHelper {
  hasCallingCode(code: string): boolean;
  isNonGeographicCallingCode(code: string): boolean;
  getCountryCodesForCallingCode(code: string): string[] | undefined;

  selectNumberingPlan(country: string): void;
  numberingPlan: {
    nationalNumberPattern(): string;
    nationalPrefixForParsing(): string | undefined;
    leadingDigits(): string | undefined;
    IDDPrefix(): string | undefined;
    callingCode(): string;
    hasTypes(): boolean;
    type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  };
}

let made: MetadataHelper | undefined;
function metadataHelper(): MetadataHelper {
  made ??= new Metadata(phoneMetadata()) as unknown as MetadataHelper;
  return made;
}
const plans = new Map<string, Plan>();
/** libphonenumber's limits on a national (significant) number's length. */
const MIN_NSN = 2;
const MAX_NSN = 17;

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`);

function planOf(country: string): Plan {
  let plan = plans.get(country);
  if (plan !== undefined) return plan;
  metadataHelper().selectNumberingPlan(country);
  const numbering = metadataHelper().numberingPlan;
  const leading = numbering.leadingDigits();
  const prefix = numbering.nationalPrefixForParsing();
  const idd = numbering.IDDPrefix();
  let types: Array<{ pattern: RegExp; lengths: readonly number[] | undefined }> | null = null;
  if (numbering.hasTypes()) {
    types = [];
    for (const name of TYPES) {
      const type = numbering.type(name);
      const source = type?.pattern();
      // (A type without a pattern matches nothing: isNumberTypeEqualTo.)
      if (type !== undefined && source) types.push({ pattern: whole(source), lengths: type.possibleLengths() });
    }
  }
  plan = {
    pattern: whole(numbering.nationalNumberPattern()),
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : null,
    types,
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    internationalPrefix: idd ? new RegExp(`^(?:${idd})`) : null,
  };
  plans.set(country, plan);
  return plan;
}

/** libphonenumber-js's getNumberType(...) !== undefined. */
function hasType(plan: Plan, national: string): boolean {
  if (!plan.pattern.test(national)) return false;
  return (plan.types ?? []).some((t) => (t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national));
}

/**
 * Which of the countries sharing a calling code a national number belongs to
 * (libphonenumber-js's getCountryByNationalNumber): null when none says so.
 */
function countryAmong(countries: readonly string[], national: string): string | null {
  if (countries.length === 1) return countries[0]!;
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leadingDigits !== null ? plan.leadingDigits.test(national) : hasType(plan, national)) return country;
  }
  return null;
}

function isValidIn(country: string, national: string): boolean {
  const plan = planOf(country);
  return plan.types !== null ? hasType(plan, national) : plan.pattern.test(national);
}

/** The E.164 form of "+" + `digits` when it is certainly valid; undefined when libphonenumber-js must decide. */
export function quickInternational(digits: string): string | undefined {
  if (digits.startsWith('0')) return undefined;
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const code = digits.slice(0, length);
    if (!metadataHelper().hasCallingCode(code)) continue;
    const countries = metadataHelper().getCountryCodesForCallingCode(code);
    if (metadataHelper().isNonGeographicCallingCode(code) || countries === undefined || countries.length === 0) return undefined;
    const national = digits.slice(length);
    if (national.length < MIN_NSN || national.length > MAX_NSN) return undefined;
    // The calling code's main country's national prefix is what would be stripped.
    if (planOf(countries[0]!).nationalPrefix?.test(national)) return undefined;
    // No country found: the main one's plan decides.
    return isValidIn(countryAmong(countries, national) ?? countries[0]!, national) ? `+${digits}` : undefined;
  }
  return undefined;
}

/**
 * `digits` as written in `defaultCountry`'s national format, when it is
 * certainly valid there without a national prefix: its E.164 form and the
 * country it belongs to (another one sharing the calling code, possibly).
 */
export function quickNational(digits: string, defaultCountry: string): { e164: string; country: string } | undefined {
  const home = planOf(defaultCountry);
  metadataHelper().selectNumberingPlan(defaultCountry);
  const code = metadataHelper().numberingPlan.callingCode();
  if (digits.length < MIN_NSN || digits.length > MAX_NSN || digits.startsWith(code)) return undefined;
  if (home.internationalPrefix?.test(digits) || home.nationalPrefix?.test(digits)) return undefined;
  const countries = metadataHelper().getCountryCodesForCallingCode(code) ?? [defaultCountry];
  // No country found: the default one decides (unlike a "+" number).
  const country = countryAmong(countries, digits) ?? defaultCountry;
  return isValidIn(country, digits) ? { e164: `+${code}${digits}`, country } : undefined;
}
