import type { CallEvent } from '../../shared/call-events';
import type { PageCallRecord } from './page-call';
import { exclusive, readSession, removeSession, sessionEntries, writeSession } from './session-store';

/**
 * Which page asked for which call (session storage, keyed by call id).
 *
 * The offscreen document reports a call's `started` event before the worker
 * has the call id back from `offscreen/dial`, so events of a call nobody has
 * claimed yet are held for a few seconds while a page's dial is in flight,
 * and handed over when the call is recorded.
 */
const CALL = 'pagecall:';
const HELD = 'pageheld:';
const INFLIGHT = 'pagedial-inflight';
/** Long enough for the agent to finish the call and its wrap-up (CALL_WRAPUP). */
const KEEP_MS = 4 * 60 * 60_000;
const HOLD_MS = 15_000;

export function markDialInFlight(now = Date.now()): Promise<void> {
  return writeSession({ [INFLIGHT]: now + HOLD_MS });
}

/** Records the call and returns the events that arrived before it was recorded. */
export function recordPageCall(callId: string, record: PageCallRecord): Promise<CallEvent[]> {
  return exclusive(async () => {
    const held = (await readSession<CallEvent[]>(`${HELD}${callId}`)) ?? [];
    await writeSession({ [`${CALL}${callId}`]: record });
    await removeSession([`${HELD}${callId}`, INFLIGHT]);
    await dropExpired(record.at);
    return held;
  });
}

/**
 * The page call an event belongs to; null when there is none. An event for
 * an unknown call is held only while a page's dial is in flight.
 */
export function claimEvent(event: CallEvent, now = Date.now()): Promise<PageCallRecord | null> {
  return exclusive(async () => {
    const record = await readSession<PageCallRecord>(`${CALL}${event.callId}`);
    if (record !== undefined) return record;
    const inflightUntil = (await readSession<number>(INFLIGHT)) ?? 0;
    if (event.direction === 'outbound' && now < inflightUntil) {
      const held = (await readSession<CallEvent[]>(`${HELD}${event.callId}`)) ?? [];
      if (held.length < 8) await writeSession({ [`${HELD}${event.callId}`]: [...held, event] });
    }
    return null;
  });
}

export async function findPageCall(callId: string): Promise<PageCallRecord | null> {
  return (await readSession<PageCallRecord>(`${CALL}${callId}`)) ?? null;
}

export function forgetPageCall(callId: string): Promise<void> {
  return removeSession(`${CALL}${callId}`);
}

async function dropExpired(now: number): Promise<void> {
  const stale = (await sessionEntries<PageCallRecord | CallEvent[]>(CALL))
    .filter(([, r]) => !Array.isArray(r) && now - r.at > KEEP_MS)
    .map(([k]) => k);
  const heldStale = (await sessionEntries<CallEvent[]>(HELD)).filter(([, events]) => now - (events[0]?.at ?? 0) > HOLD_MS).map(([k]) => k);
  if (stale.length + heldStale.length > 0) await removeSession([...stale, ...heldStale]);
}
