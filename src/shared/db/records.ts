/**
 * The rows stored in the `switchboard` database, as the current schema
 * (version 2, see schema.ts) holds them. Older shapes live in schema.ts beside
 * the version that stored them, so a migration names both ends.
 */

export type CallDirection = 'inbound' | 'outbound';

/**
 * `live` while the call exists in the offscreen document; every other value is
 * final. `interrupted` is never written by the SIP code: only crash recovery
 * uses it, for a call whose end we never saw (call-log.ts).
 */
export type CallOutcome =
  | 'live'
  | 'answered'
  | 'missed'
  | 'declined'
  | 'busy'
  | 'no-answer'
  | 'failed'
  | 'cancelled'
  | 'interrupted';

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'live', 'answered', 'missed', 'declined', 'busy', 'no-answer', 'failed', 'cancelled', 'interrupted',
];

export interface CallQuality {
  /** Mean opinion score, 1 (bad) to 5 (excellent), estimated from RTP stats. */
  readonly mos: number;
  readonly jitterMs: number;
  readonly lossPercent: number;
  readonly rttMs: number;
}

/** What a CRM page said the call is about, when it asked us to dial. */
export interface RelatedRecord {
  readonly type: string;
  readonly id: string;
}

export interface CallPage {
  readonly url: string;
  readonly title: string;
  readonly origin: string;
}

export interface CallRecord {
  /** The call id the offscreen document gave the call; primary key. */
  readonly id: string;
  readonly direction: CallDirection;
  /** The number in E.164 (`+14155550123`) when it could be parsed, else null (extensions, SIP names). */
  readonly remoteE164: string | null;
  /** The number as shown or dialled (`(415) 555-0123`, `1001`, `sip:alice@pbx`). */
  readonly remoteDisplay: string;
  readonly displayName: string | null;
  /** The SIP account that carried the call, `user@domain`. */
  readonly account: string;
  /** Epoch milliseconds, as are all times here. */
  readonly startedAt: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  /** Last time the live call was known to exist: the end time crash recovery uses. */
  readonly lastSeenAt: number;
  /** Whole seconds from answer to end; null when never answered or not ended. */
  readonly durationSeconds: number | null;
  readonly outcome: CallOutcome;
  readonly failureReason: string | null;
  readonly sipCode: number | null;
  readonly disposition: string | null;
  readonly notes: string;
  readonly wrapUpAt: number | null;
  readonly related: RelatedRecord | null;
  readonly page: CallPage | null;
  readonly requestId: string | null;
  readonly quality: CallQuality | null;
  /**
   * Derived from the name and number by search-tokens.ts, only so that search
   * can use a multi-entry index. Written by call-log.ts; never set by hand.
   */
  readonly searchTokens: readonly string[];
}

export type AuditKind = 'registration' | 'status' | 'call' | 'consent' | 'settings';

export const AUDIT_KINDS: readonly AuditKind[] = ['registration', 'status', 'call', 'consent', 'settings'];

/** A JSON value: what audit data may hold once redact() has cleaned it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditEntry {
  /** Auto-incremented by IndexedDB; absent until the entry is stored. */
  readonly id?: number;
  readonly at: number;
  readonly kind: AuditKind;
  readonly message: string;
  readonly data: { readonly [key: string]: JsonValue };
}

/** Small named values; one row per key. */
export interface MetaValues {
  /** When the agent last looked at missed calls: the badge counts missed calls after it. */
  missedSeenAt: number;
}

export type MetaKey = keyof MetaValues;

export interface MetaEntry<K extends MetaKey = MetaKey> {
  readonly key: K;
  readonly value: MetaValues[K];
}
