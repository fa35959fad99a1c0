import type { CallPhase } from '../../shared/call-snapshot';

/**
 * Legal moves of a call (diagram in shared/call-snapshot.ts). A move not
 * listed here is a bug and throws, as SIP.js does for its own states.
 */
const NEXT: Record<CallPhase, readonly CallPhase[]> = {
  calling: ['ringing', 'connected', 'ended'],
  ringing: ['connected', 'ended'],
  incoming: ['connected', 'ended'],
  connected: ['ended'],
  ended: [],
};

export function assertCallTransition(from: CallPhase, to: CallPhase): void {
  if (from === to) return;
  if (!NEXT[from].includes(to)) throw new Error(`Illegal call transition ${from} → ${to}`);
}
