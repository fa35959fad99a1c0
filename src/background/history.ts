import { SwitchboardDb } from '../shared/db/database';
import { getMissedSeenAt, markMissedSeen } from '../shared/db/meta';
import { appendAudit } from '../shared/db/audit';
import type { AuditKind } from '../shared/db/records';
import { missedCount, recentCalls } from '../shared/db/queries';
import type { CallRecord } from '../shared/db/records';
import { awaitsWrapUp } from '../shared/wrap-up';

/**
 * The worker reads call history (it never writes call records: the offscreen
 * document is their one writer) for the missed-call badge and the
 * "wrap up before the next call" rule, and keeps when the agent last looked
 * at missed calls.
 */
let db: SwitchboardDb | null = null;
function database(): SwitchboardDb {
  db ??= new SwitchboardDb();
  return db;
}

export async function unseenMissedCalls(): Promise<number> {
  const d = database();
  return missedCount(d, await getMissedSeenAt(d));
}

export async function missedCallsSeen(): Promise<void> {
  await markMissedSeen(database(), Date.now());
}

/** The most recent call, when it still waits for its wrap-up. */
export async function pendingWrapUp(): Promise<CallRecord | null> {
  const [last] = await recentCalls(database(), { limit: 1 });
  return awaitsWrapUp(last) ? last : null;
}

/** Status, settings and consent events for the audit log (the audit writer redacts secrets). */
export async function audit(kind: Exclude<AuditKind, 'call' | 'registration'>, message: string, data: Record<string, string | number | boolean | null> = {}): Promise<void> {
  await appendAudit(database(), { at: Date.now(), kind, message, data }).catch((error: unknown) => {
    console.warn('[switchboard] audit entry not written:', error instanceof Error ? error.message : error);
  });
}
