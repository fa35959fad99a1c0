import { getCountries } from 'libphonenumber-js/min';
import { uiLocale } from '../shared/i18n';

/** Every country libphonenumber-js knows, named in the agent's language, sorted by name. */
export function countryOptions(locale = uiLocale()): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
