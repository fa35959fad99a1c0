/**
 * Issue 3 end to end: calls through the built extension and a real Kamailio,
 * with SIP.js parties on the other end and real media (fake audio devices).
 */
import { describe, expect, it } from 'vitest';
import { useLab } from './support/lab-hooks.ts';
import type { Party } from '../lab/party-client.ts';
import { eventually, launchExtension } from './support/extension.ts';
import { callState, calls, dialFromPopup, expectTwoWayAudio, mediaStats, openParty, startAgent, waitForCall, type Agent } from './support/agent.ts';
import { chooseStatus, openPopup, waitForRegistration } from './support/popup-page.ts';
import { configureAccount, openOptions } from './support/options-page.ts';

const lab = useLab();

async function setUp(): Promise<Agent> {
  return startAgent(lab.pbx, lab.track);
}

async function setPreference(a: Agent, apply: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const page = await openOptions(a.ext);
  await page.getByRole('heading', { name: 'Calls' }).waitFor();
  await apply(page);
  await page.getByRole('button', { name: 'Save call settings' }).click();
  await page.getByTestId('prefs-result').filter({ hasText: 'saved' }).waitFor();
  await page.close();
}

/** Polls until the party's received-packet counter has not moved for a whole second. */
async function packetsStandStill(party: Party): Promise<void> {
  let mark = { at: Date.now(), count: (await party.stats()).packetsReceived };
  await eventually(
    async () => {
      const count = (await party.stats()).packetsReceived;
      if (count !== mark.count) mark = { at: Date.now(), count };
      return Date.now() - mark.at;
    },
    (unchangedFor) => unchangedFor >= 1000,
    'the far end to stop receiving packets',
  );
}

/** An outbound call from the popup to `party`, answered, with its id. */
async function connectedOutbound(a: Agent, party: Party, user = '1002'): Promise<string> {
  await dialFromPopup(a.popup, user);
  const incoming = await party.waitForIncoming();
  // The request URI was rewritten to the party's contact by the registrar; the To header keeps what was dialled.
  expect(incoming.headers.to?.[0]).toContain(`sip:${user}@`);
  await party.answer();
  const call = await waitForCall(a.ext, (c) => c.phase === 'connected', 'the call to connect');
  await a.popup.getByTestId('call-state').filter({ hasText: /^Connected \d\d:\d\d/ }).waitFor();
  return call.id;
}

describe('outbound calls', () => {
  it('calls from the popup: the far end answers, audio flows both ways, and the agent hangs up', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const id = await connectedOutbound(a, party);
    await expectTwoWayAudio(a.ext, id, party);
    await a.popup.getByRole('button', { name: 'Hang up' }).click();
    await party.waitForEvent('bye');
    await a.popup.getByTestId('call-ended').filter({ hasText: 'Ended' }).waitFor();
  });

  it('shows the far end hanging up, and Escape hangs up from the keyboard', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await connectedOutbound(a, party);
    await party.hangup();
    await a.popup.getByTestId('call-ended').filter({ hasText: 'the other party hung up' }).waitFor();

    await connectedOutbound(a, party);
    await a.popup.keyboard.press('Escape');
    await party.waitForEvent('bye');
  });

  it('puts busy, not found and no answer into their own words', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await dialFromPopup(a.popup, '1002');
    await party.waitForIncoming();
    await party.reject(486);
    await a.popup.getByTestId('call-ended').filter({ hasText: 'Ended: busy' }).waitFor();

    await dialFromPopup(a.popup, '1999');
    await a.popup.getByTestId('call-ended').filter({ hasText: 'number not found' }).waitFor();

    // 1003 exists but is not registered: the PBX answers 480.
    await dialFromPopup(a.popup, '1003');
    await a.popup.getByTestId('call-ended').filter({ hasText: 'Ended: no answer' }).waitFor();
  });

  it('refuses dial strings that try to inject SIP, and sends nothing', async () => {
    const a = await setUp();
    for (const bad of ['1001@evil.example', '1002;transport=tcp', '<sip:1002@127.0.0.1>', '1002\r\nX: y']) {
      await dialFromPopup(a.popup, bad);
      await expect.poll(() => a.popup.getByRole('alert').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Only phone numbers|not a number|control/)]));
      expect(await calls(a.ext)).toEqual([]);
    }
    const direct = await a.popup.evaluate(() => chrome.runtime.sendMessage({ target: 'background', type: 'ui/dial', payload: { input: '1002@evil.example' } }));
    expect(direct).toMatchObject({ ok: false, error: { code: 'bad-number' } });
    expect(await calls(a.ext)).toEqual([]);
  });

  it('reads a pasted number with its extension and dials it', async () => {
    const a = await setUp();
    await a.popup.getByLabel('Number to call').fill('(212) 736-4190 ext. 12');
    await a.popup.getByTestId('dial-preview').filter({ hasText: 'Will dial +12127364190, then 12' }).waitFor();
  });
});

describe('incoming calls', () => {
  it('rings in the popup and as a notification; answering from the popup connects with audio', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await party.call('1001');
    await a.popup.getByTestId('incoming-call').filter({ hasText: 'Incoming call: 1002' }).waitFor();
    const ringing = await waitForCall(a.ext, (c) => c.phase === 'incoming', 'the incoming call');
    const sw = await a.ext.worker();
    await eventually(() => sw.evaluate(() => chrome.notifications.getAll()), (n) => Object.keys(n).includes(`call:${ringing.id}`), 'the call notification');
    await a.popup.getByRole('button', { name: 'Answer' }).click();
    await party.waitForEvent('callAccepted');
    await expectTwoWayAudio(a.ext, ringing.id, party);
    // Answered: the notification goes away.
    await eventually(() => sw.evaluate(() => chrome.notifications.getAll()), (n) => Object.keys(n).length === 0, 'the notification to clear');
  });

  it("answers from the notification's Answer button", async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await party.call('1001');
    const ringing = await waitForCall(a.ext, (c) => c.phase === 'incoming', 'the incoming call');
    const sw = await a.ext.worker();
    await eventually(() => sw.evaluate(() => chrome.notifications.getAll()), (n) => Object.keys(n).includes(`call:${ringing.id}`), 'the call notification');
    await sw.evaluate((id) => (globalThis as unknown as { switchboardEvents: { notificationButton(id: string, i: number): Promise<void> } }).switchboardEvents.notificationButton(`call:${id}`, 0), ringing.id);
    await party.waitForEvent('callAccepted');
  });

  it('Decline gives the caller 486; a caller who gives up shows as missed and clears the notification', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const first = await party.call('1001');
    await a.popup.getByRole('button', { name: 'Decline' }).click();
    const declined = await party.waitForEvent('callFailed', 10_000, { session: first.sessionId });
    expect(declined.code).toBe(486);

    await party.call('1001');
    const ringing = await waitForCall(a.ext, (c) => c.phase === 'incoming', 'the second incoming call');
    await party.hangup();
    await a.popup.getByTestId('call-ended').filter({ hasText: 'Missed call' }).waitFor();
    const ended = (await calls(a.ext)).find((c) => c.id === ringing.id);
    expect(ended?.endReason).toBe('missed');
    const sw = await a.ext.worker();
    await eventually(() => sw.evaluate(() => chrome.notifications.getAll()), (n) => Object.keys(n).length === 0, 'the notification to clear');
  });

  it('auto-answer picks the call up without a click', async () => {
    const a = await setUp();
    await setPreference(a, async (page) => {
      await page.getByLabel('Answer calls automatically').check();
      await page.getByLabel('Auto-answer after (seconds)').fill('0');
    });
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await party.call('1001');
    await party.waitForEvent('callAccepted');
    await waitForCall(a.ext, (c) => c.phase === 'connected', 'the auto-answered call');
  });

  it('with call waiting off, a second caller gets 486 while the first call goes on', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const third = await openParty(a.ext, lab.pbx, lab.web, '1003');
    const id = await connectedOutbound(a, party);
    const second = await third.call('1001');
    const busy = await third.waitForEvent('callFailed', 10_000, { session: second.sessionId });
    expect(busy.code).toBe(486);
    await expectTwoWayAudio(a.ext, id, party);
    expect((await calls(a.ext)).find((c) => c.id === id)?.phase).toBe('connected');
  });

  it('with call waiting on, a second call rings softly and Hold and answer swaps', async () => {
    const a = await setUp();
    await setPreference(a, (page) => page.getByLabel(/Call waiting/).check());
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const third = await openParty(a.ext, lab.pbx, lab.web, '1003');
    const first = await connectedOutbound(a, party);
    await third.call('1001');
    await a.popup.getByTestId('incoming-call').filter({ hasText: 'Call waiting: 1003' }).waitFor();
    await a.popup.getByRole('button', { name: 'Hold and answer' }).click();
    await third.waitForEvent('callAccepted');
    const reinvite = await party.waitForEvent('reinvite');
    expect(reinvite.offerDirection ?? reinvite.remoteDirection).toBe('sendonly');
    const held = (await calls(a.ext)).find((c) => c.id === first);
    expect(held?.onHold).toBe(true);
  });
});

describe('in-call controls', () => {
  it('mute silences what the far end hears and unmute brings it back', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await connectedOutbound(a, party);
    await party.waitForStats((s) => s.audioLevel > 0.01);
    await a.popup.getByRole('button', { name: 'Mute' }).click();
    await party.waitForStats((s) => s.audioLevel < 0.001);
    await a.popup.getByRole('button', { name: 'Unmute' }).click();
    await party.waitForStats((s) => s.audioLevel > 0.01);
  });

  it('hold sends sendonly and stops the far end receiving; resume restores two-way audio', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const id = await connectedOutbound(a, party);
    await a.popup.getByRole('button', { name: 'Hold' }).click();
    const hold = await party.waitForEvent('reinvite');
    expect(hold.offerDirection ?? hold.remoteDirection).toBe('sendonly');
    await a.popup.getByTestId('call-state').filter({ hasText: /^On hold/ }).waitFor();
    // The far end stops receiving: its counter stands still across samples a second apart.
    await packetsStandStill(party);
    const still = await party.stats();
    expect(still.remoteDirection).toBe('sendonly');
    await a.popup.getByRole('button', { name: 'Resume' }).click();
    const resume = await party.waitForEvent('reinvite');
    expect(resume.offerDirection ?? resume.remoteDirection).toBe('sendrecv');
    await expectTwoWayAudio(a.ext, id, party);
  });

  it('sends DTMF digits in order as SIP INFO when set to, and through the RTP sender (RFC 4733) by default', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const rtpCall = await connectedOutbound(a, party);
    expect((await mediaStats(a.ext, rtpCall)).telephoneEvent).toBe(true);
    for (const digit of ['1', '2', '#']) await a.popup.keyboard.press(digit);
    await eventually(() => mediaStats(a.ext, rtpCall), (s) => s.dtmfTonesSent === '12#', 'the tones to play out through the RTP sender');
    await a.popup.getByRole('button', { name: 'Hang up' }).click();
    await party.waitForEvent('bye');

    await setPreference(a, async (page) => {
      await page.getByLabel('Send keypad tones as').selectOption('info');
    });
    await connectedOutbound(a, party);
    await a.popup.getByRole('button', { name: 'Keypad' }).click();
    for (const digit of ['4', '2', '*', '9']) await a.popup.getByRole('button', { name: `Tone ${digit}` }).click();
    const received: string[] = [];
    for (let i = 0; i < 4; i++) received.push(String((await party.waitForEvent('info')).digit));
    expect(received).toEqual(['4', '2', '*', '9']);
  });

  it('blind transfer: the far end gets REFER to the third party, who then gets the call', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const third = await openParty(a.ext, lab.pbx, lab.web, '1003');
    await third.configure({ autoAnswer: true });
    await connectedOutbound(a, party);
    await a.popup.getByRole('button', { name: 'Transfer' }).click();
    await a.popup.getByLabel('Transfer to').fill('1003');
    await a.popup.getByRole('button', { name: 'Transfer now' }).click();
    const refer = await party.waitForEvent('refer');
    expect(String(refer.referTo)).toContain('1003');
    const incoming = await third.waitForIncoming();
    expect(incoming.from ?? incoming.fromUri).toContain('1002');
    await a.popup.getByTestId('call-ended').filter({ hasText: 'Transferred' }).waitFor();
  });

  it('attended transfer: consult the third party, complete, and the first two parties talk', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const third = await openParty(a.ext, lab.pbx, lab.web, '1003');
    await connectedOutbound(a, party);
    await a.popup.getByRole('button', { name: 'Transfer' }).click();
    await a.popup.getByLabel('Transfer to').fill('1003');
    await a.popup.getByRole('button', { name: 'Consult first' }).click();
    await third.waitForIncoming();
    await third.answer();
    await a.popup.getByRole('button', { name: 'Complete transfer' }).click();
    const refer = await party.waitForEvent('refer');
    expect(String(refer.referTo)).toMatch(/Replaces/i);
    const replacing = await third.waitForIncoming();
    expect(replacing.replaces).not.toBeNull();
    await eventually(() => calls(a.ext), (cs) => cs.every((c) => c.phase === 'ended'), 'both of the agent’s legs to end');
    // The transferee and the third party now talk to each other.
    const before = await third.stats(replacing.session);
    await third.waitForStats((s) => s.packetsReceived > before.packetsReceived + 20 && s.packetsSent > before.packetsSent + 20, 10_000, replacing.session);
  });
});

describe('audio devices', () => {
  it('a headset chosen once and unplugged since: the call uses the default devices, with audio both ways, and the agent is told', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    // The options page lists only devices that are there: a stale choice is
    // what the settings hold after the headset picked yesterday is unplugged.
    const page = await openOptions(a.ext);
    const saved = await page.evaluate(async () => {
      type Reply = { ok: boolean; value: { devices: Record<string, string> } & Record<string, unknown> };
      const ask = (type: string, payload: unknown) => chrome.runtime.sendMessage({ target: 'background', type, payload }) as Promise<Reply>;
      const current = await ask('ui/getPreferences', {});
      const gone = 'headset-unplugged-since';
      return ask('ui/savePreferences', { prefs: { ...current.value, devices: { microphoneId: gone, speakerId: gone, ringerId: '' } } });
    });
    expect(saved.ok).toBe(true);
    await page.close();

    const callId = await connectedOutbound(a, party);
    await expectTwoWayAudio(a.ext, callId, party);
    await a.popup.getByRole('status').filter({ hasText: 'The chosen speaker device is not available; using the default one.' }).waitFor();
    await a.popup.getByRole('button', { name: 'Hang up' }).click();
    await party.waitForEvent('bye');
  });
});

describe('failures in words', () => {
  it('a call cut off by losing the PBX says so', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await connectedOutbound(a, party);
    await lab.pbx.kill();
    try {
      await a.popup.getByTestId('call-ended').filter({ hasText: 'the connection to the PBX was lost' }).waitFor();
      await waitForRegistration(a.popup, 'Reconnecting…');
    } finally {
      await lab.pbx.start();
    }
    await waitForRegistration(a.popup, 'Registered, receiving calls');
  });

  it('without microphone access the call is not placed, the popup says how to fix it, and the microphone page opens', async () => {
    const ext = lab.track(await launchExtension({ spki: lab.pbx.certSpki, micPromptUnanswered: true }));
    await configureAccount(ext, { serverUrl: lab.pbx.wsUrl, sipAddress: '1001', sipDomain: lab.pbx.domain, password: 'secret1001' });
    const popup = await openPopup(ext);
    await chooseStatus(popup, 'Available');
    await waitForRegistration(popup, 'Registered, receiving calls');
    await dialFromPopup(popup, '1002');
    await popup.getByRole('alert').filter({ hasText: 'The microphone is blocked for Switchboard. Allow it on the page that opened' }).waitFor();
    expect(await calls(ext)).toEqual([]);
    // The microphone page comes up (a new tab, or the first-run tab reused) saying why.
    const micPage = await eventually(
      async () => ext.context.pages().find((p) => p.url().includes('/src/permission/index.html?reason=denied')),
      (p) => p !== undefined,
      'the microphone page',
    );
    await micPage!.getByText('A call could not use the microphone').waitFor();
  });
});

describe('keyboard shortcuts', () => {
  // Chrome gives tests no way to press a browser-level shortcut, so the test
  // calls the handler chrome.commands.onCommand calls (see background/main.ts).
  const command = async (a: Agent, name: string) => {
    const sw = await a.ext.worker();
    await sw.evaluate((n) => (globalThis as unknown as { switchboardEvents: { command(n: string): Promise<void> } }).switchboardEvents.command(n), name);
  };

  it('answers, mutes and hangs up with the shortcuts', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    await party.call('1001');
    await waitForCall(a.ext, (c) => c.phase === 'incoming', 'the call to ring');
    await command(a, 'answer-call');
    await party.waitForEvent('callAccepted');
    const call = await waitForCall(a.ext, (c) => c.phase === 'connected', 'the answered call');
    await command(a, 'toggle-mute');
    await waitForCall(a.ext, (c) => c.id === call.id && c.muted, 'the call to be muted');
    await command(a, 'toggle-mute');
    await waitForCall(a.ext, (c) => c.id === call.id && !c.muted, 'the call to be unmuted');
    await command(a, 'hang-up');
    await party.waitForEvent('bye');
  });
});

describe('resilience', () => {
  it('keeps the call through a service-worker stop; a new popup shows it and hangs it up', async () => {
    const a = await setUp();
    const party = await openParty(a.ext, lab.pbx, lab.web, '1002');
    const id = await connectedOutbound(a, party);
    await a.popup.close();
    await a.ext.stopServiceWorker();
    await expectTwoWayAudio(a.ext, id, party);
    const popup = await openPopup(a.ext);
    await popup.getByTestId('call-state').filter({ hasText: /^Connected \d\d:\d\d/ }).waitFor();
    await expect.poll(() => callState(popup)).not.toBe('Connected 00:00');
    await popup.getByRole('button', { name: 'Hang up' }).click();
    await party.waitForEvent('bye');
  });
});
