/**
 * Typed Node-side handle on a party page (test/lab/party/): each method is a
 * page.evaluate() of the same-named window.party method, so tests get types
 * and readable stack traces instead of string-typed evaluate calls.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PartyEvent {
  seq: number;
  /** ms since the page loaded */
  t: number;
  type: string;
  [field: string]: unknown;
}

export interface PartyRegisterOptions {
  wsUrl: string;
  user: string;
  password: string;
  /** default '127.0.0.1' */
  domain?: string;
  displayName?: string;
  /** seconds, default 600 */
  expires?: number;
  timeoutMs?: number;
  /** WebSocket connect timeout in seconds (SIP.js), default 5 */
  connectionTimeout?: number;
  /** log SIP messages to the page console */
  traceSip?: boolean;
}

export interface IncomingCall {
  session: string;
  from: string | null;
  fromUri: string;
  displayName: string | null;
  requestUri: string;
  callId: string;
  /** Replaces header of an attended-transfer INVITE */
  replaces: string | null;
  /** the party's session that this INVITE replaces */
  replacesSession: string | null;
  /** lower-case header name -> raw values */
  headers: Record<string, string[]>;
}

export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface PartyStats {
  sessionId: string;
  state: string;
  packetsSent: number;
  packetsReceived: number;
  bytesSent: number;
  bytesReceived: number;
  /** 0..1: inbound-rtp audioLevel, or RMS from totalAudioEnergy */
  audioLevel: number;
  remoteDirection: SdpDirection | null;
  localDirection: SdpDirection | null;
  currentDirection: string | null;
}

export interface ReinviteResult {
  sessionId: string;
  code: number;
  localDirection: SdpDirection | null;
  remoteDirection: SdpDirection | null;
}

export interface PartySettings {
  autoAnswer: boolean;
  referPolicy: 'follow' | 'accept' | 'reject';
  iceGatheringTimeout: number;
}

export interface PartyState {
  registration: string | null;
  transport: 'connected' | 'disconnected' | 'none';
  sessions: Array<{ id: string; direction: 'in' | 'out'; state: string }>;
}

/** The in-page API (party.js); used only to type the evaluate callbacks. */
interface PartyApi {
  events: PartyEvent[];
  waitForEvent(type: string, timeoutMs?: number, match?: Record<string, unknown>): Promise<PartyEvent>;
  register(opts: PartyRegisterOptions): Promise<{ code: number }>;
  unregister(): Promise<{ code: number }>;
  disconnect(): Promise<void>;
  call(target: string, opts?: { extraHeaders?: string[] }): Promise<{ sessionId: string; callId: string }>;
  waitForIncoming(timeoutMs?: number): Promise<IncomingCall>;
  answer(sessionId?: string): Promise<{ sessionId: string }>;
  reject(code?: number, sessionId?: string): Promise<{ sessionId: string }>;
  hangup(sessionId?: string): Promise<{ sessionId: string; how: 'BYE' | 'CANCEL' | 'reject' }>;
  hold(sessionId?: string): Promise<ReinviteResult>;
  unhold(sessionId?: string): Promise<ReinviteResult>;
  sendDtmfInfo(digit: string, opts?: { durationMs?: number; sessionId?: string }): Promise<{ code: number }>;
  sendDtmfRtp(tones: string, sessionId?: string): Promise<boolean>;
  transfer(target: string, sessionId?: string): Promise<{ code: number }>;
  attendedTransfer(sessionId: string, targetSessionId: string): Promise<{ code: number }>;
  stats(sessionId?: string): Promise<PartyStats>;
  telephoneEventNegotiated(sessionId?: string): boolean;
  remoteSdp(sessionId?: string): string | null;
  configure(settings: Partial<PartySettings>): PartySettings;
  state(): PartyState;
  reset(): Promise<void>;
}
type PartyWindow = { party: PartyApi };

export class Party {
  constructor(readonly page: Page) {}

  /** Opens origin/party/ in a new tab of `context` and waits for window.party. */
  static async open(context: BrowserContext, origin: string, opts: { log?: (line: string) => void } = {}): Promise<Party> {
    const page = await context.newPage();
    const { log } = opts;
    if (log) {
      page.on('console', (m) => log(`[party ${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => log(`[party pageerror] ${e.message}`));
    }
    await page.goto(`${origin}/party/`);
    await page.waitForFunction(() => 'party' in globalThis);
    return new Party(page);
  }

  events(): Promise<PartyEvent[]> {
    return this.page.evaluate(() => (globalThis as unknown as PartyWindow).party.events);
  }
  /** First not-yet-consumed event of `type` whose fields equal `match` (RegExp values test the field's text). */
  waitForEvent(type: string, timeoutMs = 10_000, match?: Record<string, unknown>): Promise<PartyEvent> {
    return this.page.evaluate(([t, ms, m]) => (globalThis as unknown as PartyWindow).party.waitForEvent(t, ms, m), [type, timeoutMs, match] as const);
  }
  register(opts: PartyRegisterOptions): Promise<{ code: number }> {
    return this.page.evaluate((o) => (globalThis as unknown as PartyWindow).party.register(o), opts);
  }
  unregister(): Promise<{ code: number }> {
    return this.page.evaluate(() => (globalThis as unknown as PartyWindow).party.unregister());
  }
  disconnect(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as PartyWindow).party.disconnect());
  }
  call(target: string, opts: { extraHeaders?: string[] } = {}): Promise<{ sessionId: string; callId: string }> {
    return this.page.evaluate(([t, o]) => (globalThis as unknown as PartyWindow).party.call(t, o), [target, opts] as const);
  }
  waitForIncoming(timeoutMs = 10_000): Promise<IncomingCall> {
    return this.page.evaluate((ms) => (globalThis as unknown as PartyWindow).party.waitForIncoming(ms), timeoutMs);
  }
  answer(sessionId?: string): Promise<{ sessionId: string }> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.answer(id), sessionId);
  }
  reject(code = 486, sessionId?: string): Promise<{ sessionId: string }> {
    return this.page.evaluate(([c, id]) => (globalThis as unknown as PartyWindow).party.reject(c, id), [code, sessionId] as const);
  }
  hangup(sessionId?: string): Promise<{ sessionId: string; how: 'BYE' | 'CANCEL' | 'reject' }> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.hangup(id), sessionId);
  }
  hold(sessionId?: string): Promise<ReinviteResult> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.hold(id), sessionId);
  }
  unhold(sessionId?: string): Promise<ReinviteResult> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.unhold(id), sessionId);
  }
  sendDtmfInfo(digit: string, opts: { durationMs?: number; sessionId?: string } = {}): Promise<{ code: number }> {
    return this.page.evaluate(([d, o]) => (globalThis as unknown as PartyWindow).party.sendDtmfInfo(d, o), [digit, opts] as const);
  }
  sendDtmfRtp(tones: string, sessionId?: string): Promise<boolean> {
    return this.page.evaluate(([t, id]) => (globalThis as unknown as PartyWindow).party.sendDtmfRtp(t, id), [tones, sessionId] as const);
  }
  transfer(target: string, sessionId?: string): Promise<{ code: number }> {
    return this.page.evaluate(([t, id]) => (globalThis as unknown as PartyWindow).party.transfer(t, id), [target, sessionId] as const);
  }
  /** REFER the far end of sessionId to the far end of targetSessionId, with Replaces. */
  attendedTransfer(sessionId: string, targetSessionId: string): Promise<{ code: number }> {
    return this.page.evaluate(([s, t]) => (globalThis as unknown as PartyWindow).party.attendedTransfer(s, t), [sessionId, targetSessionId] as const);
  }
  stats(sessionId?: string): Promise<PartyStats> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.stats(id), sessionId);
  }
  telephoneEventNegotiated(sessionId?: string): Promise<boolean> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.telephoneEventNegotiated(id), sessionId);
  }
  remoteSdp(sessionId?: string): Promise<string | null> {
    return this.page.evaluate((id) => (globalThis as unknown as PartyWindow).party.remoteSdp(id), sessionId);
  }
  configure(settings: Partial<PartySettings>): Promise<PartySettings> {
    return this.page.evaluate((s) => (globalThis as unknown as PartyWindow).party.configure(s), settings);
  }
  state(): Promise<PartyState> {
    return this.page.evaluate(() => (globalThis as unknown as PartyWindow).party.state());
  }

  /**
   * Polls stats() until `ok` holds (e.g. packet counters grew): RTP takes a
   * moment to start and counters only move in steps, so tests poll rather
   * than sleep.
   */
  async waitForStats(ok: (s: PartyStats) => boolean, timeoutMs = 10_000, sessionId?: string): Promise<PartyStats> {
    const deadline = Date.now() + timeoutMs;
    let last: PartyStats | undefined;
    for (;;) {
      last = await this.stats(sessionId);
      if (ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`stats condition not met in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Ends calls, unregisters (stops the user agent), clears the event log and settings: reuse a page across tests. */
  reset(): Promise<void> {
    return this.page.evaluate(() => (globalThis as unknown as PartyWindow).party.reset());
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
