import type { Transaction } from 'dexie';
import type { AuditEntry, CallRecord } from './records';
import { redactData, redactText } from './redact';
import type { AuditEntryV1, CallRecordV1 } from './schema-v1';
import { callSearchTokens, digitsOf, numberPart } from './search-tokens';

/**
 * Version 2, the current schema. What changed from version 1, and why:
 * - calls: `remoteNumber` splits into `remoteE164` (for matching a contact)
 *   and `remoteDisplay` (as shown); new fields for crash recovery
 *   (`lastSeenAt`), wrap-up, the CRM page's request and call quality.
 * - calls indexes: `outcome`, `disposition`, `remoteE164` for the history
 *   filters; `[outcome+startedAt]` for newest-first lists of one outcome;
 *   `[outcome+endedAt]` for the missed-call badge (see queries.ts missedCount);
 *   `*searchTokens` so search by name or number uses an index.
 * - audit: a `kind` index, and version 1's entries are scrubbed of secrets
 *   that version 1 logged.
 * - meta: new, for `missedSeenAt`.
 */
export const STORES_V2 = {
  calls:
    'id, startedAt, outcome, direction, disposition, remoteE164, [outcome+startedAt], [outcome+endedAt], *searchTokens',
  audit: '++id, at, kind',
  meta: 'key',
} as const;

/**
 * Version 1 stored no country with a number, so only a number written in
 * international form can be placed: its syntax alone (ITU-T E.164: a country
 * code not starting with 0, at most 15 digits) says it is E.164. Anything else
 * keeps `remoteE164: null` and stays findable through its digits. This is
 * deliberately not libphonenumber's `isValid`, whose answer changes with its
 * metadata: an upgrade must give the same result on every machine, forever.
 */
export function e164FromV1(remoteNumber: string): string | null {
  const user = numberPart(remoteNumber).trim();
  if (!user.startsWith('+') || !/^\+[\d\s().\-/]+$/.test(user)) return null;
  const digits = digitsOf(user);
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

export function callFromV1(row: CallRecordV1): CallRecord {
  const answeredAt = row.answeredAt ?? null;
  const endedAt = row.endedAt ?? null;
  const remoteDisplay = row.remoteNumber ?? '';
  const remoteE164 = e164FromV1(remoteDisplay);
  const displayName = row.displayName ?? null;
  return {
    id: row.id,
    direction: row.direction,
    remoteE164,
    remoteDisplay,
    displayName,
    account: row.account ?? '',
    startedAt: row.startedAt,
    answeredAt,
    endedAt,
    // The latest time version 1 knew about: a live call being recovered ends there.
    lastSeenAt: Math.max(row.startedAt, answeredAt ?? 0, endedAt ?? 0),
    durationSeconds: answeredAt !== null && endedAt !== null ? durationSeconds(answeredAt, endedAt) : null,
    outcome: row.outcome,
    failureReason: null,
    sipCode: row.sipCode ?? null,
    disposition: row.disposition ?? null,
    notes: row.notes ?? '',
    wrapUpAt: null,
    related: null,
    page: null,
    requestId: null,
    quality: null,
    searchTokens: callSearchTokens({ displayName, remoteDisplay, remoteE164 }),
  };
}

export function auditFromV1(row: AuditEntryV1): AuditEntry {
  const base = { at: row.at, kind: row.kind, message: redactText(row.message ?? ''), data: redactData(row.data) };
  return row.id === undefined ? base : { id: row.id, ...base };
}

/** Whole seconds between answer and end, the same rule call-log.ts writes with. */
export function durationSeconds(answeredAt: number, endedAt: number): number {
  return Math.max(0, Math.round((endedAt - answeredAt) / 1000));
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  // Replacing the whole value (not patching it) drops `remoteNumber`.
  await tx.table<CallRecordV1>('calls').toCollection().modify((row, ref) => {
    (ref as { value: unknown }).value = callFromV1(row);
  });
  await tx.table<AuditEntryV1>('audit').toCollection().modify((row, ref) => {
    (ref as { value: unknown }).value = auditFromV1(row);
  });
}
