import type { CallEvent } from '../../shared/call-events';
import type { PageCallMessage } from '../../shared/protocol/page-protocol';

/**
 * What the worker remembers about a call a page asked for, keyed by call id
 * in session storage: where to post its events, and nothing else. Only calls
 * from trusted sites or that the agent consented to get one of these.
 */
export interface PageCallRecord {
  readonly tabId: number;
  readonly frameId: number;
  /** The requesting document's origin; events are posted only while the frame still shows it. */
  readonly origin: string;
  readonly requestId: string | null;
  /** The number as the page wrote it: the page hears back its own words, not our dial plan's. */
  readonly number: string;
  readonly at: number;
}

/**
 * The crm-agent-phone message for one call event (seeds/002, unchanged),
 * carrying the page's requestId. Inbound calls and anything not about this
 * page's call map to nothing.
 */
export function pageMessageFor(event: CallEvent, call: PageCallRecord): PageCallMessage | null {
  if (event.direction !== 'outbound') return null;
  const requestId = call.requestId !== null ? { requestId: call.requestId } : {};
  const timestamp = Math.round(event.at);
  switch (event.type) {
    case 'started':
      return { type: 'CALL_STARTED', number: call.number, direction: 'outbound', timestamp, ...requestId };
    case 'answered':
      return { type: 'CALL_ANSWERED', number: call.number, timestamp, ...requestId };
    case 'ended':
      return { type: 'CALL_ENDED', duration_seconds: Math.max(0, Math.round(event.durationSeconds)), timestamp, ...requestId };
    case 'failed':
      return { type: 'CALL_FAILED', reason: event.words.slice(0, 256), timestamp, ...requestId };
  }
}

/** A refusal the page may hear (trusted sites only): why its request did not become a call. */
export function failedMessage(reason: string, requestId: string | null, at: number): PageCallMessage {
  return { type: 'CALL_FAILED', reason: reason.slice(0, 256), timestamp: Math.round(at), ...(requestId !== null ? { requestId } : {}) };
}
