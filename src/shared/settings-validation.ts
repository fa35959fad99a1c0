import { isSupportedCountry } from 'libphonenumber-js/min';
import { t } from './i18n';
import type { Settings, SettingsField, SettingsInput } from './settings';

export type FieldErrors = Partial<Record<SettingsField, string>>;

export type SettingsValidation =
  | { readonly ok: true; readonly value: Settings }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// RFC 3261 allows more in a user part, but what reaches a request URI must not
// be able to smuggle parameters or headers (`;`, `?`, `@`, `<`): keep to the
// characters PBX extensions and user names actually use.
const SIP_USER = /^[A-Za-z0-9._~+-]{1,64}$/;
const HOST_NAME = /^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9A-Fa-f:.]{2,45}\]$/;
// Control characters and the characters that would break out of a quoted SIP
// display name.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_TEXT = /[\u0000-\u001f\u007f"\\<>]/;
// eslint-disable-next-line no-control-regex -- idem
const CONTROL = /[\u0000-\u001f\u007f]/;

function validateServerUrl(raw: string): string | { error: string } {
  const value = raw.trim();
  if (value === '') return { error: t('setServerUrlEmpty') };
  if (value.length > 2048) return { error: t('setServerUrlTooLong') };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: t('setServerUrlNotUrl') };
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') {
    return { error: t('setServerUrlScheme') };
  }
  if (url.protocol === 'ws:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { error: t('setServerUrlInsecure') };
  }
  if (url.username !== '' || url.password !== '') {
    return { error: t('setServerUrlCredentials') };
  }
  if (url.hash !== '') return { error: t('setServerUrlFragment') };
  return url.href;
}

function validateHost(raw: string): string | { error: string } {
  const value = raw.trim().toLowerCase();
  if (value === '') return { error: t('setDomainEmpty') };
  if (HOST_NAME.test(value) || IPV6_LITERAL.test(value)) return value;
  return { error: t('setDomainInvalid') };
}

/**
 * Checks what the options form submitted and turns it into settings.
 * `savedPassword` is kept when the form leaves the password empty: the
 * options page never receives the saved password, so it cannot echo it back.
 */
export function validateSettings(input: SettingsInput, savedPassword: string): SettingsValidation {
  const errors: FieldErrors = {};

  const serverUrl = validateServerUrl(input.serverUrl);
  if (typeof serverUrl !== 'string') errors.serverUrl = serverUrl.error;

  let sipUser = input.sipAddress.trim();
  const domainText = input.sipDomain.trim();
  if (sipUser.startsWith('sip:')) sipUser = sipUser.slice(4);
  const at = sipUser.indexOf('@');
  let domain: string | { error: string };
  if (at >= 0) {
    const [user, host, ...more] = sipUser.split('@');
    sipUser = user ?? '';
    domain = validateHost(host ?? '');
    if (more.length > 0) errors.sipAddress = t('setAddressTwoAts');
    // Put the message where the bad text was typed.
    else if (typeof domain !== 'string') errors.sipAddress = t('setAddressBadDomain', domain.error);
    else if (domainText !== '' && domainText.toLowerCase() !== domain) {
      errors.sipDomain = t('setDomainMismatch', domain, domainText);
    }
  } else {
    domain = validateHost(domainText);
    if (typeof domain !== 'string') errors.sipDomain = domain.error;
  }
  if (errors.sipAddress === undefined) {
    if (sipUser === '') errors.sipAddress = t('setAddressEmpty');
    else if (!SIP_USER.test(sipUser)) {
      errors.sipAddress = t('setAddressInvalid');
    }
  }

  const authUser = input.authUser.trim();
  if (authUser !== '' && !SIP_USER.test(authUser)) {
    errors.authUser = t('setAuthUserInvalid');
  }

  const password = input.password === '' ? savedPassword : input.password;
  if (password === '') errors.password = t('setPasswordEmpty');
  else if (input.password.length > 256) errors.password = t('setPasswordTooLong');
  else if (CONTROL.test(input.password)) errors.password = t('setPasswordControl');

  const displayName = input.displayName.trim();
  if (displayName.length > 64) errors.displayName = t('setDisplayNameTooLong');
  else if (UNSAFE_TEXT.test(displayName)) errors.displayName = t('setDisplayNameUnsafe');

  const country = input.defaultCountry.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country) || !isSupportedCountry(country)) {
    errors.defaultCountry = t('setCountryInvalid');
  }

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      serverUrl: serverUrl as string,
      sipUser,
      sipDomain: domain as string,
      authUser,
      password,
      displayName,
      defaultCountry: country,
    },
  };
}
