import { isSupportedCountry } from 'libphonenumber-js/min';
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
  if (value === '') return { error: 'Enter the WebSocket address of your PBX, e.g. wss://pbx.example.com:8089/ws.' };
  if (value.length > 2048) return { error: 'This address is too long.' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: 'This is not a web address. It looks like wss://pbx.example.com:8089/ws.' };
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') {
    return { error: 'The address must start with wss:// (a secure WebSocket).' };
  }
  if (url.protocol === 'ws:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { error: 'Use wss://: an unencrypted ws:// connection is allowed only to this computer (localhost).' };
  }
  if (url.username !== '' || url.password !== '') {
    return { error: 'Put the user name and password in their own fields, not in the address.' };
  }
  if (url.hash !== '') return { error: 'The address must not contain a # fragment.' };
  return url.href;
}

function validateHost(raw: string): string | { error: string } {
  const value = raw.trim().toLowerCase();
  if (value === '') return { error: 'Enter the SIP domain, e.g. pbx.example.com.' };
  if (HOST_NAME.test(value) || IPV6_LITERAL.test(value)) return value;
  return { error: 'The domain may contain only letters, digits, dots and hyphens, e.g. pbx.example.com.' };
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
    if (more.length > 0) errors.sipAddress = 'An address has at most one @, e.g. 1001@pbx.example.com.';
    // Put the message where the bad text was typed.
    else if (typeof domain !== 'string') errors.sipAddress = `After the @ comes the domain: ${domain.error}`;
    else if (domainText !== '' && domainText.toLowerCase() !== domain) {
      errors.sipDomain = `The address says ${domain} but the domain says ${domainText}: keep one.`;
    }
  } else {
    domain = validateHost(domainText);
    if (typeof domain !== 'string') errors.sipDomain = domain.error;
  }
  if (errors.sipAddress === undefined) {
    if (sipUser === '') errors.sipAddress = 'Enter your extension or SIP user, e.g. 1001.';
    else if (!SIP_USER.test(sipUser)) {
      errors.sipAddress = 'Use only letters, digits and . _ - + ~ (at most 64), e.g. 1001 or 1001@pbx.example.com.';
    }
  }

  const authUser = input.authUser.trim();
  if (authUser !== '' && !SIP_USER.test(authUser)) {
    errors.authUser = 'Use only letters, digits and . _ - + ~ (at most 64), or leave it empty to use your extension.';
  }

  const password = input.password === '' ? savedPassword : input.password;
  if (password === '') errors.password = 'Enter the SIP password your PBX administrator gave you.';
  else if (input.password.length > 256) errors.password = 'This password is too long (at most 256 characters).';
  else if (CONTROL.test(input.password)) errors.password = 'The password contains a control character.';

  const displayName = input.displayName.trim();
  if (displayName.length > 64) errors.displayName = 'Keep the display name to 64 characters.';
  else if (UNSAFE_TEXT.test(displayName)) errors.displayName = 'The display name cannot contain quotes, \\, < or >.';

  const country = input.defaultCountry.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country) || !isSupportedCountry(country)) {
    errors.defaultCountry = 'Choose the country whose national phone numbers you dial most.';
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
