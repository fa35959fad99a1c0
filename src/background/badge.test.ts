import { describe, expect, it } from 'vitest';
import { INITIAL_PHONE, type AppSnapshot } from '../shared/phone-snapshot';
import { badgeLook } from './badge';
import { DEFAULT_PREFERENCES } from '../shared/preferences';

const base: AppSnapshot = { configured: true, dialPlan: { ...DEFAULT_PREFERENCES.dialPlan, defaultCountry: 'US' }, missedCalls: 0, wrapUp: { dispositions: [], required: false }, status: 'available', account: '1001@pbx.example.com', phone: { ...INITIAL_PHONE, registration: 'registered' } };

describe('badgeLook', () => {
  it('shows Available with the account in the tooltip', () => {
    expect(badgeLook(base)).toMatchObject({ text: '●', title: 'Available: 1001@pbx.example.com' });
  });

  it('shows a distinct error state with the reason', () => {
    const look = badgeLook({ ...base, phone: { ...base.phone, registration: 'failed', error: { code: 'auth-refused', message: 'The PBX refused the password for 1001.' } } });
    expect(look.text).toBe('!');
    expect(look.title).toContain('refused the password');
    expect(look.color).not.toBe(badgeLook(base).color);
  });

  it('says Reconnecting instead of going silent', () => {
    expect(badgeLook({ ...base, phone: { ...base.phone, registration: 'reconnecting' } }).title).toMatch(/^Reconnecting…/);
  });

  it('distinguishes Away, Offline and not set up', () => {
    expect(badgeLook({ ...base, status: 'away', phone: { ...base.phone, registration: 'connected' } }).title).toBe('Away: 1001@pbx.example.com');
    expect(badgeLook({ ...base, status: 'offline', phone: INITIAL_PHONE })).toMatchObject({ text: '', title: 'Offline: 1001@pbx.example.com' });
    expect(badgeLook({ ...base, configured: false }).title).toContain('not set up');
  });

  it('counts missed calls until the agent looks, keeping the status in the tooltip', () => {
    const look = badgeLook({ ...base, missedCalls: 3 });
    expect(look.text).toBe('3');
    expect(look.title).toBe('Available: 1001@pbx.example.com · 3 missed calls');
    expect(badgeLook({ ...base, missedCalls: 250 }).text).toBe('99+');
  });
});
