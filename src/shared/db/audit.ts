import type { SwitchboardDb } from './database';
import { AUDIT_KINDS, type AuditEntry, type AuditKind } from './records';
import { redactData, redactText } from './redact';
import { checkCount, checkNumber, checkOneOf, checkText, checkTime } from './validate';

/**
 * The audit log: what the extension did on the agent's behalf (registered,
 * changed status, placed a call, was granted consent, had settings changed),
 * for the agent and their admin. Everything goes through redact() on the way
 * in, so no caller can log a password by accident.
 */
export interface AuditInput {
  readonly at: number;
  readonly kind: AuditKind;
  readonly message: string;
  readonly data?: unknown;
}

const MAX_MESSAGE = 1000;

export async function appendAudit(db: SwitchboardDb, input: AuditInput): Promise<number> {
  const entry: AuditEntry = {
    at: checkTime(input.at, 'at'),
    kind: checkOneOf(input.kind, 'kind', AUDIT_KINDS),
    message: redactText(checkText(input.message, 'message', MAX_MESSAGE)),
    data: redactData(input.data),
  };
  const id = await db.audit.add(entry);
  // Always set: the store's key is auto-incremented (`++id`).
  return id as number;
}

/** Newest first; `kind` narrows to one kind. */
export async function recentAudit(db: SwitchboardDb, options: { limit: number; kind?: AuditKind }): Promise<AuditEntry[]> {
  const limit = checkCount(options.limit, 'limit', { min: 1, max: 100_000 });
  if (options.kind !== undefined) {
    const kind = checkOneOf(options.kind, 'kind', AUDIT_KINDS);
    // The kind index orders by id within one kind, and ids grow with time.
    return db.audit.where('kind').equals(kind).reverse().limit(limit).toArray();
  }
  return db.audit.orderBy('at').reverse().limit(limit).toArray();
}

/** Deletes entries older than `maxDays`, then the oldest beyond `maxEntries`. Returns how many went. */
export async function pruneAudit(
  db: SwitchboardDb,
  options: { maxDays?: number; maxEntries?: number },
  now: number,
): Promise<number> {
  checkTime(now, 'now');
  const maxDays = options.maxDays === undefined ? undefined : checkNumber(options.maxDays, 'maxDays', 0, 1e6);
  const maxEntries = options.maxEntries === undefined ? undefined : checkCount(options.maxEntries, 'maxEntries');
  return db.transaction('rw', db.audit, async () => {
    let deleted = 0;
    if (maxDays !== undefined) deleted += await db.audit.where('at').below(now - maxDays * 86_400_000).delete();
    if (maxEntries !== undefined) {
      const excess = (await db.audit.count()) - maxEntries;
      if (excess > 0) {
        const oldest = await db.audit.orderBy('at').limit(excess).primaryKeys();
        await db.audit.bulkDelete(oldest);
        deleted += oldest.length;
      }
    }
    return deleted;
  });
}
