/**
 * Proves the lab end to end: Kamailio (ws + wss), the static server, headless
 * Chromium and party pages making real calls with RTP both ways.
 *
 * Run from the repo root inside a private network namespace, so media stays
 * on loopback:
 *   test/lab/run-in-netns.sh npx vitest run -c test/lab/vitest.config.ts
 * which is `unshare -n sh -c 'ip link set lo up && npx vitest run -c test/lab/vitest.config.ts'`.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchLabChromium } from './browser.ts';
import { startKamailio, type KamailioHandle } from './kamailio.ts';
import { Party } from './party-client.ts';
import { onlyLoopbackInterfaces } from './ports.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { startSilentServer, startUntrustedTlsServer } from './untrusted-tls-server.ts';

const timings: Record<string, number> = {};
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = Math.round(performance.now() - started);
  }
}

describe('SIP lab smoke', () => {
  let kamailio: KamailioHandle;
  let web: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  // Party pages are opened once and reset() between tests: loading the
  // unbundled sip.js (~190 modules) costs 0.5-1.5 s per page here.
  let a: Party;
  let b: Party;
  let c: Party;

  const creds = (user: string, over: 'ws' | 'wss') => ({
    wsUrl: over === 'ws' ? kamailio.wsUrl : kamailio.wssUrl,
    user,
    password: kamailio.users[user] ?? '',
    domain: kamailio.domain,
  });

  beforeAll(async () => {
    if (!onlyLoopbackInterfaces() && !process.env.SWITCHBOARD_LAB_ALLOW_HOST_NET) {
      throw new Error(
        'run the lab in its own network namespace so media stays on loopback: ' +
          "test/lab/run-in-netns.sh npx vitest run -c test/lab/vitest.config.ts (or set SWITCHBOARD_LAB_ALLOW_HOST_NET=1)",
      );
    }
    kamailio = await timed('kamailio ready', () => startKamailio({ users: { '1005': 'extra-1005' } }));
    web = await startStaticServer();
    browser = await timed('chromium launch', () => launchLabChromium(kamailio.certSpki));
    context = await browser.newContext();
    const log = process.env.LAB_DEBUG ? { log: console.log } : {};
    a = await timed('first party page', () => Party.open(context, web.origin, log));
    [b, c] = await Promise.all([Party.open(context, web.origin, log), Party.open(context, web.origin, log)]);
  });

  beforeEach(async () => {
    await Promise.all([a, b, c].map((p) => p.reset()));
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await kamailio?.stop();
    console.log('lab timings (ms):', timings);
  });

  it('serves sip.js unbundled as text/javascript, and nothing outside its mounts', async () => {
    const lib = await fetch(`${web.origin}/sip.js/index.js`);
    expect(lib.status).toBe(200);
    expect(lib.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${web.origin}/party/`)).status).toBe(200);
    // fetch() normalises '/../' and '%2e%2e'; an encoded slash reaches the server as is.
    expect((await fetch(`${web.origin}/party/..%2fkamailio.cfg`)).status).toBe(403);
    expect((await fetch(`${web.origin}/elsewhere`)).status).toBe(404);
  });

  it('calls 1001 (wss) -> 1002 (ws) with RTP both ways, INFO DTMF, hold and hang-up', async () => {
    await timed('register 1001 wss', () => a.register(creds('1001', 'wss')));
    await timed('register 1002 ws', () => b.register(creds('1002', 'ws')));

    const setupStarted = performance.now();
    await a.call('1002');
    const incoming = await b.waitForIncoming();
    timings['invite() to INVITE at far end'] = Math.round(performance.now() - setupStarted);
    expect(incoming.from).toBe('1001');
    expect(incoming.requestUri).toMatch(/^sip:/);
    await b.answer();
    await a.waitForEvent('sessionState', 10_000, { state: 'Established' });
    await b.waitForEvent('sessionState', 10_000, { state: 'Established' });
    timings['invite() to established'] = Math.round(performance.now() - setupStarted);
    expect((await a.waitForEvent('callAccepted')).code).toBe(200);

    // ~50 packets/s each way with the fake microphone: wait for a second's worth.
    const a0 = await a.stats();
    const b0 = await b.stats();
    const [a1, b1] = await timed('RTP flowing both ways', () =>
      Promise.all([
        a.waitForStats((s) => s.packetsSent >= a0.packetsSent + 25 && s.packetsReceived >= a0.packetsReceived + 25),
        b.waitForStats((s) => s.packetsSent >= b0.packetsSent + 25 && s.packetsReceived >= b0.packetsReceived + 25),
      ]),
    );
    expect(a1.remoteDirection).toBe('sendrecv');
    expect(b1.remoteDirection).toBe('sendrecv');
    expect(await a.telephoneEventNegotiated()).toBe(true);
    // The fake microphone is a beep: the far end must hear something.
    const heard = await b.waitForStats((s) => s.audioLevel > 0.001);
    expect(heard.audioLevel).toBeGreaterThan(0);

    await timed('INFO DTMF', () => a.sendDtmfInfo('5'));
    const info = await b.waitForEvent('info');
    expect(info.digit).toBe('5');
    expect(info.contentType).toBe('application/dtmf-info');

    const held = await timed('hold re-INVITE', () => a.hold());
    expect(held.localDirection).toBe('sendonly');
    expect(['recvonly', 'inactive']).toContain(held.remoteDirection);
    const reinvite = await b.waitForEvent('reinvite');
    expect(reinvite.offerDirection).toBe('sendonly');
    expect(['sendonly', 'inactive']).toContain((await b.stats()).remoteDirection);

    const unheld = await a.unhold();
    expect(unheld.localDirection).toBe('sendrecv');
    expect((await b.waitForEvent('reinvite')).offerDirection).toBe('sendrecv');

    await a.hangup();
    await b.waitForEvent('bye');
    await a.waitForEvent('sessionState', 5000, { state: 'Terminated' });
    await b.waitForEvent('sessionState', 5000, { state: 'Terminated' });
  });

  it('follows a blind transfer (REFER) and takes an attended one (INVITE with Replaces)', async () => {
    await Promise.all([a.register(creds('1001', 'ws')), b.register(creds('1002', 'wss')), c.register(creds('1003', 'ws'))]);

    // Blind: 1001 calls 1002, then REFERs 1002 to 1003.
    const ab = await a.call('1002');
    await b.waitForIncoming();
    await b.answer();
    await a.waitForEvent('sessionState', 10_000, { session: ab.sessionId, state: 'Established' });
    await timed('blind transfer REFER', () => a.transfer('1003', ab.sessionId));
    const refer = await b.waitForEvent('refer');
    expect(refer.referToUser).toBe('1003');
    const bc = (await b.waitForEvent('referFollowed')).newSession as string;
    expect((await c.waitForIncoming()).from).toBe('1002');
    const cb = (await c.answer()).sessionId;
    await b.waitForEvent('sessionState', 10_000, { session: bc, state: 'Established' });
    // SIP.js reports the new call's outcome to the transferor as sipfrag.
    await a.waitForEvent('notify', 10_000, { code: 200 });
    await a.hangup(ab.sessionId);
    await b.waitForEvent('bye');

    // Attended: 1003 (talking to 1002) consults 1001, then connects 1002 to 1001.
    const ca = await c.call('1001');
    await a.waitForIncoming();
    const ac = (await a.answer()).sessionId;
    await c.waitForEvent('sessionState', 10_000, { session: ca.sessionId, state: 'Established' });
    await c.attendedTransfer(cb, ca.sessionId);
    const withReplaces = await a.waitForIncoming();
    expect(withReplaces.from).toBe('1002');
    expect(withReplaces.replaces).toContain(ca.callId);
    expect(withReplaces.replacesSession).toBe(ac);
    // The party accepts it by itself and ends the replaced call.
    await a.waitForEvent('sessionState', 10_000, { session: withReplaces.session, state: 'Established' });
    await c.waitForEvent('bye');
    await a.waitForStats((s) => s.packetsReceived > 10, 10_000, withReplaces.session);
  });

  it('answers an OPTIONS keep-alive to the server itself with 200, without auth', async () => {
    // A raw SIP-over-WebSocket request from the page, as a softphone's keep-alive would send.
    const statusLine = await a.page.evaluate(
      (wsUrl) =>
        new Promise<string>((resolve, reject) => {
          const ws = new WebSocket(wsUrl, 'sip');
          const branch = `z9hG4bK${Math.random().toString(36).slice(2)}`;
          ws.onerror = () => reject(new Error('websocket error'));
          ws.onopen = () =>
            ws.send(
              `OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/WS lab.invalid;branch=${branch}\r\nMax-Forwards: 70\r\n` +
                `To: <sip:127.0.0.1>\r\nFrom: <sip:1001@127.0.0.1>;tag=ka1\r\nCall-ID: ka-${branch}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n`,
            );
          ws.onmessage = (m) => {
            resolve(String(m.data).split('\r\n')[0] ?? '');
            ws.close();
          };
        }),
      kamailio.wsUrl,
    );
    expect(statusLine).toMatch(/^SIP\/2\.0 200 /);
  });

  it('refuses a wrong password', async () => {
    await timed('wrong password refused', () =>
      expect(c.register({ ...creds('1003', 'ws'), password: 'wrong' })).rejects.toThrow(/register failed: (401|403)/),
    );
    const failed = await c.waitForEvent('registerFailed');
    expect([401, 403]).toContain(failed.code);
    await expect(c.register({ ...creds('1003', 'ws'), user: '1999', password: 'nobody' })).rejects.toThrow(/register failed: 403/);
    // The extra user passed to startKamailio() can register.
    await timed('register extra user', () => expect(c.register(creds('1005', 'wss'))).resolves.toEqual({ code: 200 }));
  });

  it('fails calls to a user who is not registered (480) and to an unknown number (404)', async () => {
    await a.register(creds('1001', 'ws'));
    await a.call('1004');
    const notRegistered = await a.waitForEvent('callFailed');
    expect([404, 480]).toContain(notRegistered.code);
    await a.call('5550100');
    expect((await a.waitForEvent('callFailed')).code).toBe(404);
  });

  it('fails wss to a server whose certificate is not the trusted one, and times out on a silent one', async () => {
    const untrusted = await startUntrustedTlsServer();
    const silent = await startSilentServer();
    try {
      await expect(c.register({ ...creds('1003', 'wss'), wsUrl: untrusted.url })).rejects.toThrow(/register failed: transport/);
      await expect(c.register({ ...creds('1003', 'ws'), wsUrl: silent.url, connectionTimeout: 1 })).rejects.toThrow(/register failed: transport/);
    } finally {
      await untrusted.stop();
      await silent.stop();
    }
  });

  it('comes back on the same ports after restart(), and after kill() + start()', async () => {
    await a.register(creds('1001', 'wss'));
    await b.register(creds('1002', 'ws'));
    const { wsUrl, wssUrl } = kamailio;

    await timed('kamailio restart', () => kamailio.restart());
    expect([kamailio.wsUrl, kamailio.wssUrl]).toEqual([wsUrl, wssUrl]);
    await a.waitForEvent('transportDisconnected');
    await b.waitForEvent('transportDisconnected');
    await a.register(creds('1001', 'wss'));
    await b.register(creds('1002', 'ws'));
    await a.call('1002');
    expect((await b.waitForIncoming()).from).toBe('1001');
    await b.reject(486);
    expect((await a.waitForEvent('callFailed')).code).toBe(486);

    await kamailio.kill();
    await a.waitForEvent('transportDisconnected');
    await expect(a.register({ ...creds('1001', 'ws'), connectionTimeout: 1 })).rejects.toThrow(/register failed/);
    await timed('kamailio start after kill', () => kamailio.start());
    await expect(a.register(creds('1001', 'ws'))).resolves.toEqual({ code: 200 });
  });
});
