import { describe, expect, it } from 'vitest';
import { planDial } from '../../shared/phone/dial-plan';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { decidePageRequest, requestKey, type RequestFacts } from './consent';
import { webOrigin, withSite } from './site-origin';

const plan = { ...DEFAULT_PREFERENCES.dialPlan, defaultCountry: 'US' };
const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  trusted: false,
  duplicate: false,
  withinRate: true,
  planned: planDial('+1 212-736-4190', plan),
  pendingForOrigin: false,
  ...over,
});

describe('decidePageRequest', () => {
  it('dials at once for a trusted site and asks the agent for any other', () => {
    expect(decidePageRequest(facts({ trusted: true }))).toEqual({ kind: 'dial', dial: '+12127364190' });
    expect(decidePageRequest(facts())).toEqual({ kind: 'ask' });
  });

  it('never asks twice for one site at a time, and says nothing to an untrusted page', () => {
    expect(decidePageRequest(facts({ pendingForOrigin: true }))).toMatchObject({ kind: 'refuse', tellPage: false });
  });

  it('refuses numbers the dial plan refuses, SIP injection included', () => {
    for (const number of ['1002@evil.example', '1002;transport=tcp', 'hello', '']) {
      const d = decidePageRequest(facts({ trusted: true, planned: planDial(number, plan) }));
      expect(d).toMatchObject({ kind: 'refuse', tellPage: true });
    }
    expect(decidePageRequest(facts({ planned: planDial('nope', plan) }))).toMatchObject({ kind: 'refuse', tellPage: false });
  });

  it('refuses feature codes even from trusted sites', () => {
    expect(decidePageRequest(facts({ trusted: true, planned: planDial('*72', plan) }))).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('feature codes') });
  });

  it('drops duplicates silently and rate-limits before anything else', () => {
    expect(decidePageRequest(facts({ trusted: true, duplicate: true }))).toEqual({ kind: 'refuse', reason: 'Duplicate request.', tellPage: false });
    expect(decidePageRequest(facts({ trusted: true, withinRate: false }))).toMatchObject({ kind: 'refuse', tellPage: true });
    expect(decidePageRequest(facts({ withinRate: false }))).toMatchObject({ kind: 'refuse', tellPage: false });
  });
});

describe('requestKey', () => {
  it('uses the requestId when there is one, else number and timestamp', () => {
    expect(requestKey('https://a', { number: '1', requestId: 'x', timestamp: 5 })).toBe(requestKey('https://a', { number: '2', requestId: 'x' }));
    expect(requestKey('https://a', { number: '1', timestamp: 5 })).not.toBe(requestKey('https://a', { number: '1', timestamp: 6 }));
    expect(requestKey('https://a', { number: '1', requestId: 'x' })).not.toBe(requestKey('https://b', { number: '1', requestId: 'x' }));
  });
});

describe('site lists', () => {
  it('keeps only http(s) origins', () => {
    expect(webOrigin('https://crm.example.com/leads/1?x=2')).toBe('https://crm.example.com');
    expect(webOrigin('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080');
    for (const url of ['file:///etc/passwd', 'chrome-extension://abc/x.html', 'data:text/html,hi', 'nonsense', undefined]) expect(webOrigin(url)).toBeNull();
  });

  it('adds and removes sites without duplicates', () => {
    expect(withSite(['https://b'], 'https://a', true)).toEqual(['https://a', 'https://b']);
    expect(withSite(['https://a', 'https://b'], 'https://a', true)).toEqual(['https://a', 'https://b']);
    expect(withSite(['https://a', 'https://b'], 'https://a', false)).toEqual(['https://b']);
  });
});
