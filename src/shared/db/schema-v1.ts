/**
 * Version 1: the first shape of the database, kept so that the upgrade to
 * every later version is tested with real rows in it (upgrade.test.ts).
 * Never edit a released version; add the next one (see schema.ts).
 */

export interface CallRecordV1 {
  id: string;
  direction: 'inbound' | 'outbound';
  /** Whatever the SIP layer saw: `+14155550123`, `(415) 555-0123`, `1001`, `sip:alice@pbx`. */
  remoteNumber: string;
  displayName: string | null;
  account: string;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  outcome: 'live' | 'answered' | 'missed' | 'declined' | 'busy' | 'failed' | 'cancelled';
  sipCode: number | null;
  disposition: string | null;
  notes: string;
}

export interface AuditEntryV1 {
  id?: number;
  at: number;
  kind: 'registration' | 'status' | 'call' | 'consent' | 'settings';
  message: string;
  /** Version 1 logged this as given, secrets included. */
  data?: unknown;
}

export const STORES_V1 = {
  calls: 'id, startedAt, direction',
  audit: '++id, at',
} as const;
