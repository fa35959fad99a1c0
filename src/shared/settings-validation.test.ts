import { describe, expect, it } from 'vitest';
import type { SettingsInput } from './settings';
import { validateSettings } from './settings-validation';

const good: SettingsInput = {
  serverUrl: 'wss://pbx.example.com:8089/ws',
  sipAddress: '1001',
  sipDomain: 'pbx.example.com',
  authUser: '',
  password: 's3cret',
  displayName: 'Jane Doe',
  defaultCountry: 'us',
};

function errorsOf(input: Partial<SettingsInput>, saved = '') {
  const r = validateSettings({ ...good, ...input }, saved);
  return r.ok ? {} : r.fieldErrors;
}

describe('validateSettings', () => {
  it('accepts a complete account and normalises it', () => {
    const r = validateSettings(good, '');
    expect(r).toEqual({
      ok: true,
      value: { serverUrl: 'wss://pbx.example.com:8089/ws', sipUser: '1001', sipDomain: 'pbx.example.com', authUser: '', password: 's3cret', displayName: 'Jane Doe', defaultCountry: 'US' },
    });
  });

  it('takes the domain from a full SIP address', () => {
    const r = validateSettings({ ...good, sipAddress: 'sip:1001@PBX.example.com', sipDomain: '' }, '');
    expect(r.ok && r.value.sipUser).toBe('1001');
    expect(r.ok && r.value.sipDomain).toBe('pbx.example.com');
  });

  it('refuses a domain that disagrees with the address', () => {
    expect(errorsOf({ sipAddress: '1001@a.example.com', sipDomain: 'b.example.com' }).sipDomain).toContain('keep one');
  });

  it.each([
    ['', 'Enter the WebSocket address'],
    ['https://pbx.example.com', 'must start with wss://'],
    ['ws://pbx.example.com/ws', 'only to this computer'],
    ['wss://user:pw@pbx.example.com', 'their own fields'],
    ['not a url', 'not a web address'],
    [`wss://pbx.example.com/${'a'.repeat(3000)}`, 'too long'],
  ])('refuses the server URL %j', (serverUrl, message) => {
    expect(errorsOf({ serverUrl }).serverUrl).toContain(message);
  });

  it.each(['ws://localhost:8080/ws', 'ws://127.0.0.1:5066', 'ws://[::1]:5066'])('allows plain ws:// on loopback: %s', (serverUrl) => {
    expect(errorsOf({ serverUrl }).serverUrl).toBeUndefined();
  });

  it.each(['1001@evil.example;transport=tcp', '1001>', 'a b', '1001?x=y', '', 'x'.repeat(65), '1\u0000'])(
    'refuses the SIP address %j with a message next to it',
    (sipAddress) => {
      expect(errorsOf({ sipAddress }).sipAddress).toBeDefined();
    },
  );

  it('refuses an authorization user that could inject SIP', () => {
    expect(errorsOf({ authUser: 'a;b' }).authUser).toBeDefined();
  });

  it('keeps the saved password when the field is left empty, and needs one otherwise', () => {
    const kept = validateSettings({ ...good, password: '' }, 'saved-secret');
    expect(kept.ok && kept.value.password).toBe('saved-secret');
    expect(errorsOf({ password: '' }).password).toContain('SIP password');
    expect(errorsOf({ password: 'x'.repeat(300) }).password).toContain('too long');
  });

  it('refuses display names that would break out of a SIP quoted string', () => {
    expect(errorsOf({ displayName: 'A "B"' }).displayName).toContain('quotes');
    expect(errorsOf({ displayName: 'A\nB' }).displayName).toBeDefined();
  });

  it('needs a country libphonenumber-js knows', () => {
    expect(errorsOf({ defaultCountry: 'XX' }).defaultCountry).toBeDefined();
    expect(errorsOf({ defaultCountry: 'fr' }).defaultCountry).toBeUndefined();
  });

  it('reports every bad field at once', () => {
    const errors = errorsOf({ serverUrl: '', sipAddress: '', password: '', defaultCountry: '' });
    expect(Object.keys(errors).sort()).toEqual(['defaultCountry', 'password', 'serverUrl', 'sipAddress']);
  });
});
