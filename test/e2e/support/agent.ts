/**
 * An agent ready to call: the extension launched, its account configured
 * through the options page, status Available and registered, and the popup
 * open. Plus helpers to read calls from the offscreen document.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { KamailioHandle } from '../../lab/kamailio.ts';
import { Party } from '../../lab/party-client.ts';
import type { StaticServer } from '../../lab/static-server.ts';
import { eventually, launchExtension, type ExtensionHandle } from './extension.ts';
import { configureAccount } from './options-page.ts';
import { chooseStatus, openPopup, waitForRegistration } from './popup-page.ts';

export interface Agent {
  ext: ExtensionHandle;
  popup: Page;
}

export interface CallView {
  id: string;
  phase: string;
  direction: string;
  remoteNumber: string;
  muted: boolean;
  onHold: boolean;
  endReason: string | null;
  endWords: string | null;
  consultFor: string | null;
  quality: { mos: number } | null;
}

/** `track` receives the extension as soon as it runs, so it is closed (and its logs shown) even when setting up fails. */
export async function startAgent(pbx: KamailioHandle, track: (ext: ExtensionHandle) => void, user = '1001'): Promise<Agent> {
  const ext = await launchExtension({ spki: pbx.certSpki });
  track(ext);
  await configureAccount(ext, { serverUrl: pbx.wsUrl, sipAddress: user, sipDomain: pbx.domain, password: pbx.users[user] ?? '', displayName: `Agent ${user}` });
  const popup = await openPopup(ext);
  await chooseStatus(popup, 'Available');
  await waitForRegistration(popup, 'Registered, receiving calls');
  return { ext, popup };
}

export async function openParty(ext: ExtensionHandle, pbx: KamailioHandle, web: StaticServer, user: string): Promise<Party> {
  const party = await Party.open(ext.context, web.origin);
  const reg = await party.register({ wsUrl: pbx.wsUrl, user, password: pbx.users[user] ?? '' });
  expect(reg.code).toBe(200);
  return party;
}

export async function calls(ext: ExtensionHandle): Promise<CallView[]> {
  const r = await ext.askOffscreen<{ ok: boolean; value?: { calls: CallView[] } }>('offscreen/getState');
  return r?.value?.calls ?? [];
}

export function waitForCall(ext: ExtensionHandle, ok: (c: CallView) => boolean, what: string, timeoutMs = 15_000): Promise<CallView> {
  return eventually(
    async () => (await calls(ext)).find(ok),
    (c) => c !== undefined,
    what,
    timeoutMs,
  ) as Promise<CallView>;
}

export async function mediaStats(ext: ExtensionHandle, callId: string) {
  const r = await ext.askOffscreen<{ ok: boolean; value: { packetsSent: number; packetsReceived: number; dtmfTonesSent: string; telephoneEvent: boolean } }>(
    'offscreen/mediaStats',
    { callId },
  );
  if (!r.ok) throw new Error(`mediaStats failed: ${JSON.stringify(r)}`);
  return r.value;
}

/** RTP flows both ways: the extension's and the party's counters both grow. */
export async function expectTwoWayAudio(ext: ExtensionHandle, callId: string, party: Party): Promise<void> {
  const before = await mediaStats(ext, callId);
  const partyBefore = await party.stats();
  await eventually(() => mediaStats(ext, callId), (s) => s.packetsSent > before.packetsSent + 20 && s.packetsReceived > before.packetsReceived + 20, 'RTP both ways at the extension');
  await party.waitForStats((s) => s.packetsSent > partyBefore.packetsSent + 20 && s.packetsReceived > partyBefore.packetsReceived + 20);
}

export async function dialFromPopup(popup: Page, number: string): Promise<void> {
  const input = popup.getByLabel('Number to call');
  await input.fill(number);
  await input.press('Enter');
}

export function callState(popup: Page): Promise<string> {
  return popup.getByTestId('call-state').innerText();
}
