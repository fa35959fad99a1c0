import type { CallRecord } from './db/records';

/** Calls that ask for a wrap-up: every outbound call, and inbound calls that were answered. */
export function wantsWrapUp(call: CallRecord): boolean {
  return call.outcome !== 'live' && call.endedAt !== null && (call.direction === 'outbound' || call.answeredAt !== null);
}

export function awaitsWrapUp(call: CallRecord | undefined): call is CallRecord {
  return call !== undefined && wantsWrapUp(call) && call.wrapUpAt === null;
}
