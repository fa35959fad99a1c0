import { describe, expect, it } from 'vitest';
import { backgroundSpec } from '../protocol/background-api';
import { offscreenSpec } from '../protocol/offscreen-api';
import { admit } from './admit';
import { classifySender, type ExtensionIdentity } from './sender';

const self: ExtensionIdentity = {
  id: 'abc',
  origin: 'chrome-extension://abc',
  workerPath: '/service-worker-loader.js',
  offscreenPath: '/src/offscreen/index.html',
};

describe('classifySender', () => {
  it('tells the worker, the offscreen document, extension pages and content scripts apart', () => {
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/service-worker-loader.js' }, self)).toBe('worker');
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/src/offscreen/index.html' }, self)).toBe('offscreen');
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/src/popup/index.html', tab: { id: 1 } }, self)).toBe('page');
    expect(classifySender({ id: 'abc', url: 'https://crm.example.com/lead/1', tab: { id: 1 } }, self)).toBe('content');
  });

  it('refuses other extensions and senders without a tab or a URL', () => {
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/x.html' }, self)).toBe('foreign');
    expect(classifySender({ id: 'abc', url: 'https://crm.example.com/' }, self)).toBe('foreign');
    expect(classifySender({ id: 'abc' }, self)).toBe('foreign');
  });

  it('is not fooled by a web page whose path looks like the worker', () => {
    expect(classifySender({ id: 'abc', url: 'https://evil.example/service-worker-loader.js', tab: { id: 2 } }, self)).toBe('content');
  });
});

describe('admit', () => {
  it('admits a well-formed message from an allowed sender', () => {
    expect(admit(backgroundSpec, { type: 'ui/setStatus', payload: { status: 'away' } }, 'page')).toMatchObject({ ok: true, type: 'ui/setStatus' });
  });

  it('refuses unknown names, including prototype keys', () => {
    for (const type of ['nope', '__proto__', 'constructor', 'toString', 42, undefined]) {
      const r = admit(backgroundSpec, { type, payload: {} }, 'page');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }
  });

  it('refuses a content script asking for what only views may ask', () => {
    for (const type of ['ui/getSettings', 'ui/setStatus', 'ui/testConnection', 'offscreen/boot', 'offscreen/state']) {
      const r = admit(backgroundSpec, { type, payload: {} }, 'content');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('lets only the worker talk to the offscreen document', () => {
    for (const kind of ['page', 'content', 'offscreen'] as const) {
      expect(admit(offscreenSpec, { type: 'offscreen/getState', payload: {} }, kind).ok).toBe(false);
    }
    expect(admit(offscreenSpec, { type: 'offscreen/getState', payload: {} }, 'worker').ok).toBe(true);
  });

  it.each([
    [{ status: 'busy' }],
    [{ status: 1 }],
    [{}],
    [{ status: 'away', extra: true }],
    [null],
    ['away'],
  ])('refuses the payload %j with a reason', (payload) => {
    const r = admit(backgroundSpec, { type: 'ui/setStatus', payload }, 'page');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ error: { code: 'invalid-message' } });
  });

  it('refuses oversized strings at the door', () => {
    const input = { serverUrl: 'x'.repeat(10_000), sipAddress: '', sipDomain: '', authUser: '', password: '', displayName: '', defaultCountry: '' };
    expect(admit(backgroundSpec, { type: 'ui/saveSettings', payload: { input } }, 'page').ok).toBe(false);
  });
});
