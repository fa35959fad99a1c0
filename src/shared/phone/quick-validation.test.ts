import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { phoneMetadata } from './metadata';
import { quickInternational, quickNational } from './quick-validation';

const metadata = phoneMetadata();

/** libphonenumber-js's own answer for `digits` in `country`'s national format: the E.164 form and country when valid. */
function libphonenumberNational(digits: string, country: string): string | undefined {
  const pn = parsePhoneNumberFromString(digits, { defaultCountry: country as CountryCode, extract: false }, metadata);
  return pn?.isValid() ? `${String(pn.number)} ${String(pn.country)}` : undefined;
}

/** libphonenumber-js's own answer for "+" + digits: the E.164 form when valid. */
function libphonenumber(digits: string): string | undefined {
  const pn = parsePhoneNumberFromString(`+${digits}`, { extract: false }, metadata);
  return pn?.isValid() ? String(pn.number) : undefined;
}

/** A small seeded generator: the same numbers on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Digit strings to try for each calling code: real-looking (mobile examples, one digit changed, one more or less) and random ones. */
function samples(): string[] {
  const out: string[] = [];
  const next = random(42);
  const codes = Object.keys(metadata.country_calling_codes);
  for (const [country, nsn] of Object.entries(examples as Record<string, string>)) {
    const code = String(getCountryCallingCode(country as CountryCode, metadata));
    out.push(code + nsn, code + nsn.slice(0, -1), `${code}${nsn}5`, `${code}0${nsn}`);
    for (let at = 0; at < nsn.length; at++) out.push(code + nsn.slice(0, at) + String((Number(nsn[at]) + 3) % 10) + nsn.slice(at + 1));
  }
  for (const code of codes) {
    // Codes shared by several countries take the most steps: more of them.
    const count = (metadata.country_calling_codes as Record<string, string[]>)[code]!.length > 1 ? 3000 : 150;
    for (let i = 0; i < count; i++) {
      const length = 4 + Math.floor(next() * 10);
      let nsn = '';
      for (let d = 0; d < length; d++) nsn += String(Math.floor(next() * 10));
      out.push(code + nsn);
    }
  }
  return out;
}

describe('quickInternational', () => {
  it('answers as libphonenumber-js does for every calling code, and answers most valid numbers itself', () => {
    let answered = 0;
    let valid = 0;
    const disagreements: string[] = [];
    for (const digits of samples()) {
      const quick = quickInternational(digits);
      const slow = libphonenumber(digits);
      if (slow !== undefined) valid++;
      if (quick === undefined) continue;
      answered++;
      if (quick !== slow) disagreements.push(`+${digits}: ${quick} / ${String(slow)}`);
    }
    expect(disagreements).toEqual([]);
    // Not a check that cannot fail: most valid numbers come from one-country calling codes.
    expect(answered / valid).toBeGreaterThan(0.5);
  });

  it('finds the country among those sharing a calling code', () => {
    expect(quickInternational('12127364190')).toBe('+12127364190'); // US
    expect(quickInternational('14165550123')).toBe(libphonenumber('14165550123')); // CA, by its types
    expect(quickInternational('12425550123')).toBe(libphonenumber('12425550123')); // BS, by its leading digits
    expect(quickInternational('18005550123')).toBe('+18005550123'); // US toll-free
    expect(quickInternational('441481712345')).toBe('+441481712345'); // GG
    expect(quickInternational('79123456789')).toBe(libphonenumber('79123456789')); // +7: RU or KZ
  });

  it('leaves national prefixes, non-geographic codes and numbers starting with 0 to libphonenumber', () => {
    expect(quickInternational('80012345678')).toBeUndefined(); // +800: no country
    expect(quickInternational('3301234567891')).toBeUndefined(); // +33 0…: a national prefix to strip
    // Belarus: "8" is its national prefix, and "8172345678" also fits its pattern;
    // libphonenumber strips the prefix (+375 172345678).
    expect(quickInternational('3758172345678')).toBeUndefined();
    expect(libphonenumber('3758172345678')).toBe('+375172345678');
    expect(quickInternational('0033123456789')).toBeUndefined();
    expect(quickInternational('33123456789')).toBe('+33123456789');
    expect(quickInternational('4915123456789')).toBe('+4915123456789');
  });
});

describe('quickNational', () => {
  it('answers as libphonenumber-js does in every country, and answers most valid numbers itself', () => {
    const next = random(7);
    let answered = 0;
    let valid = 0;
    const disagreements: string[] = [];
    const check = (digits: string, country: string): void => {
      const quick = quickNational(digits, country);
      const slow = libphonenumberNational(digits, country);
      if (slow !== undefined) valid++;
      if (quick === undefined) return;
      answered++;
      if (`${quick.e164} ${quick.country}` !== slow) disagreements.push(`${country} ${digits}: ${quick.e164} ${quick.country} / ${String(slow)}`);
    };
    const examplesByCountry = examples as Record<string, string>;
    for (const country of Object.keys(metadata.countries)) {
      const nsn = examplesByCountry[country];
      if (nsn !== undefined) {
        for (const digits of [nsn, nsn.slice(0, -1), `${nsn}5`, `0${nsn}`, `1${nsn}`, `8${nsn}`]) check(digits, country);
        for (let at = 0; at < nsn.length; at++) check(nsn.slice(0, at) + String((Number(nsn[at]) + 3) % 10) + nsn.slice(at + 1), country);
      }
      for (let i = 0; i < 60; i++) {
        const length = 4 + Math.floor(next() * 10);
        let digits = '';
        for (let d = 0; d < length; d++) digits += String(Math.floor(next() * 10));
        check(digits, country);
      }
    }
    // NANP: area codes of the other countries sharing +1, read with a US default.
    for (let i = 0; i < 3000; i++) {
      let digits = String(2 + Math.floor(next() * 8));
      for (let d = 0; d < 9; d++) digits += String(Math.floor(next() * 10));
      check(digits, 'US');
      check(digits, 'CA');
    }
    expect(disagreements).toEqual([]);
    expect(answered / valid).toBeGreaterThan(0.5);
  });

  it('leaves prefixed numbers to libphonenumber', () => {
    expect(quickNational('0123456789', 'FR')).toBeUndefined(); // the national prefix 0
    // Belarus: "8172345678" fits the pattern as it is, but "8" is the national prefix.
    expect(quickNational('8172345678', 'BY')).toBeUndefined();
    expect(libphonenumberNational('8172345678', 'BY')).toBe('+375172345678 BY');
    expect(quickNational('12127364190', 'US')).toBeUndefined(); // starts with the calling code (and the prefix 1)
    expect(quickNational('011442079460958', 'US')).toBeUndefined(); // the international prefix
    expect(quickNational('2127364190', 'US')).toEqual({ e164: '+12127364190', country: 'US' });
    expect(quickNational('4165550123', 'US')).toEqual({ e164: '+14165550123', country: 'CA' });
  });
});
