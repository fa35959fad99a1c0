import type { CallEvent } from '../shared/call-events';
import { outcomeOf } from '../shared/call-outcome';
import { t } from '../shared/i18n';
import { appendAudit, pruneAudit } from '../shared/db/audit';
import { recordCallAnswered, recordCallEnded, recordCallStarted, recoverInterruptedCalls, saveWrapUp, touchLiveCall } from '../shared/db/call-log';
import { SwitchboardDb } from '../shared/db/database';
import { applyRetention, clearAll, deleteCalls } from '../shared/db/queries';
import type { WrapUp } from '../shared/db/call-input';

/** How often a live call's record notes "still going", so a crash loses at most this much. */
const HEARTBEAT_MS = 5_000;
/**
 * The audit log's ceiling, whatever the retention settings: a registration
 * that flaps for days writes an entry per change, and nobody reads the
 * twenty-thousandth.
 */
export const AUDIT_MAX_ENTRIES = 20_000;

/**
 * The one writer of call records (issue 5): it lives with the calls, in the
 * offscreen document. Writes are queued so that a call's start, answer and
 * end land in order, and each event is passed on only once it is stored.
 */
export class HistoryWriter {
  readonly db = new SwitchboardDb();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly live = new Set<string>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly account: () => string) {}

  /** At start: calls a crash or reload cut off are marked interrupted at the time last known. */
  recover(): Promise<string[]> {
    return this.enqueue(() => recoverInterruptedCalls(this.db, Date.now()));
  }

  record(event: CallEvent): Promise<void> {
    return this.enqueue(async () => {
      switch (event.type) {
        case 'started':
          await recordCallStarted(this.db, {
            id: event.callId,
            direction: event.direction,
            remoteE164: event.e164,
            remoteDisplay: event.number,
            displayName: event.name ?? null,
            account: this.account(),
            startedAt: event.at,
            related: event.context?.related ?? null,
            page: event.context?.page ?? null,
            requestId: event.context?.requestId ?? null,
          });
          await appendAudit(this.db, { at: event.at, kind: 'call', message: t(event.direction === 'inbound' ? 'auditCallFrom' : 'auditCallTo', event.number), data: { callId: event.callId, source: event.context?.source ?? (event.direction === 'inbound' ? 'incoming' : 'dialpad') } });
          this.live.add(event.callId);
          this.startHeartbeat();
          break;
        case 'answered':
          await recordCallAnswered(this.db, event.callId, event.at);
          break;
        case 'ended':
        case 'failed': {
          const { outcome, failureReason, sipCode } = outcomeOf(event);
          await recordCallEnded(this.db, event.callId, {
            at: event.at,
            outcome,
            failureReason,
            sipCode,
            quality: event.type === 'ended' && event.quality !== null ? { mos: event.quality.mos, jitterMs: event.quality.jitterMs, lossPercent: event.quality.lossPercent, rttMs: event.quality.rttMs } : null,
          });
          await appendAudit(this.db, { at: event.at, kind: 'call', message: t('auditCallEnded', event.callId.slice(0, 8), outcome), data: { callId: event.callId, outcome, reason: event.reason, sipCode } });
          this.live.delete(event.callId);
          break;
        }
      }
    });
  }

  saveWrapUp(callId: string, wrapUp: WrapUp): Promise<void> {
    return this.enqueue(async () => {
      await saveWrapUp(this.db, callId, wrapUp, Date.now());
    });
  }

  deleteCalls(ids: readonly string[]): Promise<number> {
    return this.enqueue(() => deleteCalls(this.db, [...ids]));
  }

  clearAll(): Promise<void> {
    return this.enqueue(async () => {
      await clearAll(this.db);
    });
  }

  /** Forgets calls beyond the agent's retention settings, and audit entries as old as those (at most AUDIT_MAX_ENTRIES). */
  applyRetention(maxDays: number | null, maxRecords: number | null): Promise<number> {
    return this.enqueue(async () => {
      const now = Date.now();
      const deleted = await applyRetention(this.db, { ...(maxDays !== null ? { maxDays } : {}), ...(maxRecords !== null ? { maxRecords } : {}) }, now);
      await pruneAudit(this.db, { ...(maxDays !== null ? { maxDays } : {}), maxEntries: AUDIT_MAX_ENTRIES }, now);
      return deleted;
    });
  }

  audit(kind: 'registration', message: string, data: Record<string, string | number | boolean | null> = {}): Promise<void> {
    return this.enqueue(async () => {
      await appendAudit(this.db, { at: Date.now(), kind, message, data });
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    // A failed write must not block the ones after it; the caller still sees the error.
    this.queue = next.catch((error: unknown) => console.error('[switchboard] history write failed:', error instanceof Error ? error.message : error));
    return next;
  }

  private startHeartbeat(): void {
    if (this.heartbeat !== null) return;
    this.heartbeat = setInterval(() => {
      if (this.live.size === 0 && this.heartbeat !== null) {
        clearInterval(this.heartbeat);
        this.heartbeat = null;
        return;
      }
      const now = Date.now();
      for (const id of this.live) void this.enqueue(() => touchLiveCall(this.db, id, now));
    }, HEARTBEAT_MS);
  }
}
