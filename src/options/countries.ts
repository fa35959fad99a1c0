import { getCountries } from 'libphonenumber-js/min';

/** Every country libphonenumber-js knows, named in the browser's language, sorted by name. */
export function countryOptions(locale = navigator.language): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
