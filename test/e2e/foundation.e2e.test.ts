/**
 * Issue 2 end to end: the built extension in headless Chromium, configured
 * through its own options page, registering to a real Kamailio, with a second
 * SIP party (a plain SIP.js page) on the other end.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLab } from './support/lab-hooks.ts';
import { Party } from '../lab/party-client.ts';
import { startKamailio } from '../lab/kamailio.ts';
import { openParty, startAgent, waitForCall } from './support/agent.ts';
import { freePort, startSilentServer, startUntrustedTlsServer } from '../lab/untrusted-tls-server.ts';
import { contentWorld } from './support/content-world.ts';
import { eventually, launchExtension, type ExtensionHandle } from './support/extension.ts';
import { configureAccount, fillAccount, openOptions, testConnection } from './support/options-page.ts';
import { chooseStatus, openPopup, waitForRegistration } from './support/popup-page.ts';

const lab = useLab();

async function start(): Promise<ExtensionHandle> {
  return lab.track(await launchExtension({ spki: lab.pbx.certSpki }));
}

/** An agent set up through the options page, Available and registered in the popup. */
async function availableAgent(serverUrl: string): Promise<{ e: ExtensionHandle; popup: Page }> {
  const e = await start();
  await configureAccount(e, account(serverUrl));
  const popup = await openPopup(e);
  await chooseStatus(popup, 'Available');
  await waitForRegistration(popup, 'Registered, receiving calls');
  return { e, popup };
}

const account = (serverUrl: string, password = 'secret1001') => ({
  serverUrl,
  sipAddress: '1001',
  sipDomain: '127.0.0.1',
  password,
  displayName: 'Agent One',
});

async function badgeTitle(e: ExtensionHandle): Promise<string> {
  const sw = await e.worker();
  return sw.evaluate(() => chrome.action.getTitle({}));
}

async function secondParty(e: ExtensionHandle, user = '1002'): Promise<Party> {
  const party = await Party.open(e.context, lab.web.origin);
  const reg = await party.register({ wsUrl: lab.pbx.wsUrl, user, password: lab.pbx.users[user] ?? '' });
  expect(reg.code).toBe(200);
  return party;
}

describe('settings and Test connection', () => {
  it('registers over ws and over wss with a self-signed certificate', async () => {
    const e = await start();
    const page = await openOptions(e);
    for (const url of [lab.pbx.wsUrl, lab.pbx.wssUrl]) {
      await fillAccount(page, account(url));
      const outcome = await testConnection(page);
      expect(outcome.code, outcome.text).toBe('registered');
      expect(outcome.text).toContain('Registered as 1001@127.0.0.1');
      console.log(`Test connection over ${url.split(':')[0]}: ${outcome.text}`);
    }
  });

  it('tells a wrong password, an unreachable server, an untrusted certificate and a silent server apart', async () => {
    const e = await start();
    const untrusted = await startUntrustedTlsServer();
    const silent = await startSilentServer();
    try {
      const page = await openOptions(e);

      await fillAccount(page, account(lab.pbx.wsUrl, 'wrong-password'));
      const refused = await testConnection(page);
      expect(refused.code).toBe('auth-refused');
      expect(refused.text).toContain('The PBX refused the password for 1001');

      await fillAccount(page, account(`ws://127.0.0.1:${await freePort()}`));
      const unreachable = await testConnection(page);
      expect(unreachable.code).toBe('unreachable');
      expect(unreachable.text).toContain('Cannot reach the PBX');

      await fillAccount(page, account(untrusted.url));
      const tls = await testConnection(page);
      expect(tls.code).toBe('tls-untrusted');
      expect(tls.text).toContain('certificate is not trusted');
      expect(tls.helpUrl).toBe(`https://${new URL(untrusted.url).host}/`);

      await fillAccount(page, account(silent.url));
      const timeout = await testConnection(page);
      expect(timeout.code).toBe('timeout');
      expect(timeout.text).toContain('did not answer in time');
    } finally {
      await untrusted.stop();
      await silent.stop();
    }
  });

  it('validates every field on save with a message next to it, and never echoes the password', async () => {
    const e = await start();
    const page = await openOptions(e);
    await fillAccount(page, { serverUrl: 'ws://lab.pbx.example.com/ws', sipAddress: '1001@evil;transport=tcp', sipDomain: '', password: '', displayName: 'A "quoted" <name>' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-result').textContent()).toContain('Not saved');
    expect(await page.locator('#serverUrl-error').textContent()).toContain('wss://');
    expect(await page.locator('#sipAddress-error').textContent()).toContain('letters, digits, dots and hyphens');
    expect(await page.locator('#password-error').textContent()).toContain('SIP password');
    expect(await page.locator('#displayName-error').textContent()).toContain('quotes');
    expect(await page.getByLabel('WebSocket server URL').getAttribute('aria-invalid')).toBe('true');

    await configureAccount(e, account(lab.pbx.wsUrl));
    const again = await openOptions(e);
    expect(await again.getByLabel('Password').inputValue()).toBe('');
    expect(await again.getByText('A password is saved').count()).toBe(1);
    const fromPage = await again.evaluate(() => chrome.runtime.sendMessage({ target: 'background', type: 'ui/getSettings', payload: {} }));
    expect(JSON.stringify(fromPage)).not.toContain('secret1001');
    expect(fromPage).toMatchObject({ ok: true, value: { hasPassword: true, sipUser: '1001' } });
  });
});

describe('agent status and registration', () => {
  it('Available receives calls, Away refuses them at the server, and the status survives a worker stop', async () => {
    const { e, popup } = await availableAgent(lab.pbx.wssUrl);
    await eventually(() => badgeTitle(e), (t) => t === 'Available: 1001@127.0.0.1', 'the Available badge');

    const caller = await secondParty(e);
    await caller.call('1001');
    const ringing = await caller.waitForEvent('callProgress', 10_000, { code: 180 });
    expect(ringing.code).toBe(180);
    await caller.hangup();

    await chooseStatus(popup, 'Away');
    await waitForRegistration(popup, 'Connected, not receiving calls');
    await eventually(() => badgeTitle(e), (t) => t.startsWith('Away: 1001@127.0.0.1'), 'the Away badge');
    const refusedCall = await caller.call('1001');
    const failed = await caller.waitForEvent('callFailed', 10_000, { session: refusedCall.sessionId });
    expect([404, 480]).toContain(failed.code);

    await e.stopServiceWorker();
    const reopened = await openPopup(e);
    await waitForRegistration(reopened, 'Connected, not receiving calls');
    expect(await reopened.getByRole('radio', { name: /^Away/ }).isChecked()).toBe(true);
  });

  it('shows Reconnecting while the PBX is down and registers again when it is back', async () => {
    const { e, popup } = await availableAgent(lab.pbx.wsUrl);

    await lab.pbx.kill();
    await waitForRegistration(popup, 'Reconnecting…');
    await eventually(() => badgeTitle(e), (t) => t.startsWith('Reconnecting'), 'the Reconnecting badge');
    const back = Date.now();
    await lab.pbx.start();
    await waitForRegistration(popup, 'Registered, receiving calls', 90_000);
    console.log(`re-registered ${Date.now() - back} ms after the PBX came back`);

    // Registered for real: the server routes a call to the extension again.
    const caller = await secondParty(e);
    await caller.call('1001');
    await caller.waitForEvent('callProgress', 10_000, { code: 180 });
    await caller.hangup();
  });

  it('when the network comes back (the browser’s online event), registers at once instead of waiting out the back-off', async () => {
    const { e, popup } = await availableAgent(lab.pbx.wsUrl);

    type State = { value?: { registration: string; nextRetryAt: number | null } };
    const state = () => e.askOffscreen<State>('offscreen/getState');
    await lab.pbx.kill();
    // Failed attempts back off (with jitter) until the next one is a while away.
    const waiting = await eventually(state, (s) => s.value?.registration === 'reconnecting' && (s.value.nextRetryAt ?? 0) - Date.now() > 4000, 'a retry scheduled more than 4 s away', 60_000);
    const retryAt = waiting.value!.nextRetryAt!;
    await lab.pbx.start();
    await e.evaluateOffscreen("dispatchEvent(new Event('online'))");
    await waitForRegistration(popup, 'Registered, receiving calls');
    expect(Date.now(), 'registered before the scheduled retry').toBeLessThan(retryAt);
  });

  it('survives a service-worker stop unchanged and brings a closed offscreen document back registered', async () => {
    const { e } = await availableAgent(lab.pbx.wsUrl);

    await e.stopServiceWorker();
    const afterStop = await openPopup(e);
    await waitForRegistration(afterStop, 'Registered, receiving calls');
    expect(await badgeTitle(e)).toBe('Available: 1001@127.0.0.1');

    const sw = await e.worker();
    await sw.evaluate(() => chrome.offscreen.closeDocument());
    await eventually(
      () => e.askOffscreen<{ ok: boolean; value?: { registration: string } }>('offscreen/getState'),
      (r) => r?.ok === true && r.value?.registration === 'registered',
      'the offscreen document to be back and registered',
    );
    const caller = await secondParty(e);
    await caller.call('1001');
    await caller.waitForEvent('callProgress', 10_000, { code: 180 });
  });
});

describe('registration refresh', () => {
  it('registers again before the PBX’s registration runs out, so calls still arrive long after it would have', async () => {
    // A PBX that grants 10 s at most, where this file's lab grants the 300 s asked for.
    const pbx = await startKamailio({ maxExpires: 10 });
    try {
      const { ext } = await startAgent(pbx, lab.track);
      const party = await openParty(ext, pbx, lab.web, '1002');
      // Three REGISTERs: the last one more than 10 s after the first, which has run out by then.
      await eventually(() => pbx.registersOf('1001'), (n) => n >= 3, 'two registration refreshes', 40_000);
      await party.call('1001');
      await waitForCall(ext, (c) => c.phase === 'incoming', 'the call to ring');
    } finally {
      await pbx.stop();
    }
  });
});

describe('microphone', () => {
  it('asks for the microphone on a visible page at first run and tells the phone when it is granted', async () => {
    const { e } = await availableAgent(lab.pbx.wsUrl);
    const isMicPage = (p: { url(): string }) => p.url().includes('/src/permission/index.html');
    const page = e.context.pages().find(isMicPage) ?? (await e.context.waitForEvent('page', { predicate: isMicPage }));
    await page.getByRole('button', { name: 'Allow microphone' }).click();
    await page.getByText('The microphone is ready').waitFor();
    await eventually(
      () => e.askOffscreen<{ ok: boolean; value?: { mic: string } }>('offscreen/getState'),
      (r) => r?.value?.mic === 'granted',
      'the phone to know the microphone is allowed',
    );
  });
});

describe('message boundaries', () => {
  it('rejects malformed and forbidden messages from a content script and from the popup with an error value', async () => {
    const { e, popup } = await availableAgent(lab.pbx.wsUrl);
    const page = await e.context.newPage();
    await page.goto(`${lab.web.origin}/party/`);
    const world = await contentWorld(page);
    const send = (message: string) =>
      world.evaluate<{ ok: boolean; error?: { code: string } } | null>(
        `chrome.runtime.sendMessage(${message}).catch((e) => ({ rejected: String(e) }))`,
      );

    expect(await send(`{ target: 'background', type: 'content/getPageConfig', payload: {} }`)).toMatchObject({ ok: true });
    // The password is out of a content script's reach: local storage is closed
    // to content scripts, and even its stored form is sealed.
    const storage = await world.evaluate<string>(`chrome.storage.local.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)`);
    expect(storage).not.toContain('secret1001');
    expect(await send(`{ target: 'background', type: 'ui/getSettings', payload: {} }`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(`{ target: 'background', type: 'ui/setStatus', payload: { status: 'available' } }`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(`{ target: 'background', type: 'offscreen/boot', payload: {} }`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(`{ target: 'background', type: 'no/such/thing', payload: {} }`)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await send(`{ target: 'background', type: 'content/getPageConfig', payload: { extra: 'x'.repeat(5_000_000) } }`)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await send(`{ target: 'offscreen', type: 'offscreen/getState', payload: {} }`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(`{ target: 'offscreen', type: 'offscreen/testConnection', payload: { config: {} } }`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const fromPopup = (message: unknown) =>
      popup.evaluate((m) => chrome.runtime.sendMessage(m).catch(() => 'no answer'), message);
    expect(await fromPopup({ target: 'background', type: 'ui/setStatus', payload: { status: 'busy' } })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fromPopup({ target: 'background', type: 'ui/setStatus', payload: {} })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fromPopup({ target: 'background', type: 'ui/setStatus', payload: { status: 42 } })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fromPopup({ target: 'background', type: 'ui/saveSettings', payload: { input: { serverUrl: 'x'.repeat(100_000) } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await fromPopup({ target: 'background', type: 'ui/nope', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await fromPopup({ target: 'offscreen', type: 'offscreen/configure', payload: { config: null, status: 'available', revision: 1e9 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Not an envelope: no context answers it.
    expect([undefined, 'no answer']).toContain(await fromPopup('just a string'));

    // Nothing crashed: the extension still answers and is still registered.
    await chooseStatus(popup, 'Away');
    await waitForRegistration(popup, 'Connected, not receiving calls');
    await chooseStatus(popup, 'Available');
    await waitForRegistration(popup, 'Registered, receiving calls');
    expect(e.logs.join('\n')).not.toContain('secret1001');
  });
});
