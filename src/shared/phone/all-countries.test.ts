import { describe, it, expect } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { findPhoneNumbers } from './find-phone-numbers';

/**
 * Sweep over every country libphonenumber knows, using its example mobile
 * number in the layouts people write: a net under the hand-written corpus.
 */
const exampleNumbers = examples as Record<string, string>;

/** National numbers of 6 digits or fewer are below our minimum length (zip codes, IDs and internal extensions look the same). */
const SHORT_NATIONAL = new Set(['AC', 'AD', 'CK', 'FK', 'FO', 'GL', 'NC', 'NF', 'NU', 'SH', 'TA', 'TK', 'TV', 'WF']);

function layouts(country: string): [label: string, text: string, defaultCountry: string, expectedText: string][] {
  const pn = parsePhoneNumberFromString(exampleNumbers[country]!, country as never)!;
  const intl = pn.formatInternational();
  const national = pn.formatNational();
  const e164 = String(pn.number);
  const rows: [string, string, string, string][] = [
    ['international, US agent', `Call ${intl} today`, 'US', intl],
    ['international, no default', intl, 'XX', intl],
    ['E.164', e164, 'XX', e164],
    ['international with dashes', intl.replace(/ /g, '-'), 'FR', intl.replace(/ /g, '-')],
    ['international with NBSP', intl.replace(/ /g, '\u00A0'), country, intl.replace(/ /g, '\u00A0')],
    ['00 prefix', `00${e164.slice(1)}`, 'DE', `00${e164.slice(1)}`],
  ];
  if (!SHORT_NATIONAL.has(country)) {
    rows.push(
      ['national', national, country, national],
      ['national after a label', `Tel: ${national}`, country, national],
      ['national with dashes', national.replace(/ /g, '-'), country, national.replace(/ /g, '-')],
    );
  }
  return rows;
}

describe('every country (libphonenumber example mobile numbers)', () => {
  const countries = getCountries().filter((c) => exampleNumbers[c] && parsePhoneNumberFromString(exampleNumbers[c]!, c)?.isValid());

  it.each(countries.map((c) => [c]))('%s', (country) => {
    const e164 = String(parsePhoneNumberFromString(exampleNumbers[country]!, country)!.number);
    for (const [label, text, defaultCountry, expectedText] of layouts(country)) {
      const found = findPhoneNumbers(text, { defaultCountry }).map((m) => ({ e164: m.e164, text: text.slice(m.start, m.end) }));
      expect({ label, found }).toEqual({ label, found: [{ e164, text: expectedText }] });
    }
  });
});
