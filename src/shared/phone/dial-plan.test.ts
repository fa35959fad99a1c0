import { describe, expect, it } from 'vitest';
import { planDial, requestUri, type DialPlan } from './dial-plan';

const us: DialPlan = { defaultCountry: 'US', outsideLinePrefix: '', internationalPrefix: '+', domesticFormat: 'e164', maxExtensionDigits: 6 };

describe('planDial', () => {
  it('turns national numbers into E.164 with the default country', () => {
    expect(planDial('(212) 736-4190', us)).toMatchObject({ ok: true, dial: '+12127364190', e164: '+12127364190', kind: 'external' });
    expect(planDial('020 7946 0958', { ...us, defaultCountry: 'GB' })).toMatchObject({ ok: true, dial: '+442079460958' });
    expect(planDial('+33 1 23 45 67 89', us)).toMatchObject({ ok: true, dial: '+33123456789' });
  });

  it('keeps a pasted extension for after the answer', () => {
    expect(planDial('(212) 736-4190 ext. 12', us)).toMatchObject({ ok: true, dial: '+12127364190', postDial: '12' });
    expect(planDial('212-736-4190 x123', us)).toMatchObject({ ok: true, postDial: '123' });
    expect(planDial('+1 212 736 4190;ext=9', us)).toMatchObject({ ok: true, postDial: '9' });
  });

  it('dials internal extensions and feature codes as they are', () => {
    expect(planDial('1002', us)).toMatchObject({ ok: true, dial: '1002', e164: null, kind: 'extension' });
    expect(planDial('*97', us)).toMatchObject({ ok: true, dial: '*97', kind: 'extension' });
    expect(planDial('sip:1003', us)).toMatchObject({ ok: true, dial: '1003' });
  });

  it('applies the PBX rules: outside line, international prefix, national format', () => {
    const pbx: DialPlan = { ...us, defaultCountry: 'GB', outsideLinePrefix: '9', internationalPrefix: '00', domesticFormat: 'national' };
    expect(planDial('020 7946 0958', pbx)).toMatchObject({ ok: true, dial: '902079460958' });
    expect(planDial('+1 212 736 4190', pbx)).toMatchObject({ ok: true, dial: '90012127364190' });
    expect(planDial('+1 212 736 4190', { ...us, internationalPrefix: '011' })).toMatchObject({ ok: true, dial: '01112127364190' });
  });

  it.each([
    '1001@evil.example',
    '1001;transport=tcp',
    '<sip:1001@x>',
    '1001 ?x=y',
    '12\u000034',
    '12\r\nVia: x',
    'abc',
    '"1001"',
    '',
    '   ',
    '9'.repeat(70),
    '+12',
  ])('refuses %j with a message, never a dial string', (input) => {
    const r = planDial(input, us);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
  });
});

describe('requestUri', () => {
  it('escapes # and refuses anything that is not a dial string', () => {
    expect(requestUri('*97#', 'pbx.example.com')).toBe('sip:*97%23@pbx.example.com');
    expect(() => requestUri('1001@evil', 'pbx')).toThrow();
  });
});
