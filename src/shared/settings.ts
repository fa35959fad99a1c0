/**
 * The agent's connection settings. The background owns them in
 * `chrome.storage.local` (the only place the password lives); views see
 * `PublicSettings`, which never carries the password.
 */
export interface Settings {
  /** `wss://pbx.example.com:8089/ws`; `ws://` only on loopback. */
  readonly serverUrl: string;
  /** The SIP user or extension, e.g. `1001`. */
  readonly sipUser: string;
  /** The SIP domain, e.g. `pbx.example.com`. */
  readonly sipDomain: string;
  /** Authorization user when the PBX wants one that differs from `sipUser`. */
  readonly authUser: string;
  readonly password: string;
  readonly displayName: string;
  /** ISO 3166 alpha-2 country used to read national phone numbers. */
  readonly defaultCountry: string;
}

export type PublicSettings = Omit<Settings, 'password'> & { readonly hasPassword: boolean };

/** What the options form submits. An empty password means "keep the saved one". */
export interface SettingsInput {
  readonly serverUrl: string;
  /** `1001` or `1001@pbx.example.com`. */
  readonly sipAddress: string;
  readonly sipDomain: string;
  readonly authUser: string;
  readonly password: string;
  readonly displayName: string;
  readonly defaultCountry: string;
}

export type SettingsField = keyof SettingsInput;

export const EMPTY_SETTINGS: Settings = {
  serverUrl: '',
  sipUser: '',
  sipDomain: '',
  authUser: '',
  password: '',
  displayName: '',
  defaultCountry: 'US',
};

export function isConfigured(s: Settings): boolean {
  return s.serverUrl !== '' && s.sipUser !== '' && s.sipDomain !== '' && s.password !== '';
}

export function toPublic(s: Settings): PublicSettings {
  const { password, ...rest } = s;
  return { ...rest, hasPassword: password !== '' };
}

/** The address of record the agent registers, `user@domain`. */
export function accountLabel(s: Pick<Settings, 'sipUser' | 'sipDomain'>): string {
  return `${s.sipUser}@${s.sipDomain}`;
}

/** What the offscreen document needs to register: settings reduced to SIP terms. */
export interface SipConfig {
  readonly serverUrl: string;
  readonly sipUser: string;
  readonly sipDomain: string;
  readonly authUser: string;
  readonly password: string;
  readonly displayName: string;
}

export function toSipConfig(s: Settings): SipConfig {
  return {
    serverUrl: s.serverUrl,
    sipUser: s.sipUser,
    sipDomain: s.sipDomain,
    authUser: s.authUser,
    password: s.password,
    displayName: s.displayName,
  };
}
