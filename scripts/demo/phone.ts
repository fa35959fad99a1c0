/**
 * Reading the agent's phone (the offscreen document) and the far end while
 * the tour talks: which call is live, and whether audio flows both ways.
 * Polls observable state, never sleeps a fixed time.
 */
import type { Party } from '../../test/lab/party-client.ts';
import type { AgentBrowser } from './agent-browser.ts';

interface CallView {
  id: string;
  phase: string;
  remoteNumber: string;
  onHold: boolean;
}
interface MediaStats {
  packetsSent: number;
  packetsReceived: number;
}

export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function calls(agent: AgentBrowser): Promise<CallView[]> {
  const r = await agent.askOffscreen<{ ok: boolean; value?: { calls: CallView[] } }>('offscreen/getState');
  return r?.value?.calls ?? [];
}

export async function liveCall(agent: AgentBrowser, phase = 'connected'): Promise<CallView> {
  const list = await until(() => calls(agent), (l) => l.some((c) => c.phase === phase), `a ${phase} call`);
  return list.find((c) => c.phase === phase)!;
}

async function mediaStats(agent: AgentBrowser, callId: string): Promise<MediaStats> {
  const r = await agent.askOffscreen<{ ok: boolean; value: MediaStats }>('offscreen/mediaStats', { callId });
  if (!r.ok) throw new Error(`mediaStats failed: ${JSON.stringify(r)}`);
  return r.value;
}

/** Waits until `packets` more RTP packets went each way at both ends (~50 per second each way). */
export async function twoWayAudio(agent: AgentBrowser, callId: string, party: Party, packets = 50): Promise<{ agent: MediaStats; customer: MediaStats }> {
  const a0 = await mediaStats(agent, callId);
  const p0 = await party.stats();
  const grew = (s: MediaStats, s0: MediaStats) => s.packetsSent >= s0.packetsSent + packets && s.packetsReceived >= s0.packetsReceived + packets;
  const a = await until(() => mediaStats(agent, callId), (s) => grew(s, a0), 'RTP both ways at the agent');
  const p = await party.waitForStats((s) => grew(s, p0));
  return { agent: a, customer: p };
}
