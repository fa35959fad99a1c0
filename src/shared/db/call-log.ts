import { tPlural } from '../i18n';
import { appendAudit } from './audit';
import { checkCallEnd, checkCallId, checkCallStart, checkWrapUp, type CallEnd, type CallStart, type EndOutcome, type WrapUp } from './call-input';
import type { SwitchboardDb } from './database';
import { DbError } from './errors';
import type { CallRecord } from './records';
import { durationSeconds } from './schema-v2';
import { callSearchTokens } from './search-tokens';
import { checkTime } from './validate';

/**
 * The only code that writes call records. One writer, the offscreen document
 * (which owns the live calls, STYLE.md practice 4), so there are no races
 * between writers to design for; each write is still one transaction, so a
 * crash leaves a call either before or after a step, never half-way.
 *
 * A record moves through these states, and nothing else is allowed:
 *
 *   recordCallStarted ──► live ──recordCallAnswered──► live, answered
 *                          │                              │
 *              recordCallEnded:                     recordCallEnded:
 *              missed · declined · busy ·           answered · failed
 *              no-answer · failed · cancelled
 *
 *   live (either) ──recoverInterruptedCalls──► interrupted
 *
 * touchLiveCall only moves `lastSeenAt`; saveWrapUp may run in any state
 * (agents type notes during the call as well as after it).
 */

export type { CallEnd, CallStart, EndOutcome, WrapUp } from './call-input';

// How a call may end depends only on whether it was answered (the diagram above).
const ENDS_BEFORE_ANSWER: readonly EndOutcome[] = ['missed', 'declined', 'busy', 'no-answer', 'failed', 'cancelled'];
const ENDS_AFTER_ANSWER: readonly EndOutcome[] = ['answered', 'failed'];

export async function recordCallStarted(db: SwitchboardDb, init: CallStart): Promise<CallRecord> {
  const start = checkCallStart(init);
  const record: CallRecord = {
    ...start,
    answeredAt: null,
    endedAt: null,
    lastSeenAt: start.startedAt,
    durationSeconds: null,
    outcome: 'live',
    failureReason: null,
    sipCode: null,
    disposition: null,
    notes: '',
    wrapUpAt: null,
    quality: null,
    searchTokens: callSearchTokens(start),
  };
  return db.transaction('rw', db.calls, async () => {
    if ((await db.calls.get(record.id)) !== undefined) {
      throw new DbError('duplicate-call', `A call with id ${record.id} is already in the call log`);
    }
    await db.calls.add(record);
    return record;
  });
}

export async function recordCallAnswered(db: SwitchboardDb, id: string, at: number): Promise<CallRecord> {
  checkCallId(id);
  checkTime(at, 'at');
  return updateCall(db, id, (call) => {
    requireLive(call, 'answer');
    if (call.answeredAt !== null) throw new DbError('illegal-transition', `Call ${id} was already answered`);
    requireNotBefore(at, call.startedAt, 'answered', 'started');
    return { ...call, answeredAt: at, lastSeenAt: Math.max(call.lastSeenAt, at) };
  });
}

export async function recordCallEnded(db: SwitchboardDb, id: string, end: CallEnd): Promise<CallRecord> {
  checkCallId(id);
  const { at, outcome, failureReason, sipCode, quality } = checkCallEnd(end);
  return updateCall(db, id, (call) => {
    requireLive(call, 'end');
    requireNotBefore(at, call.answeredAt ?? call.startedAt, 'ended', call.answeredAt === null ? 'started' : 'was answered');
    const allowed = call.answeredAt === null ? ENDS_BEFORE_ANSWER : ENDS_AFTER_ANSWER;
    if (!allowed.includes(outcome)) {
      const state = call.answeredAt === null ? 'was never answered' : 'was answered';
      throw new DbError('illegal-transition', `Call ${id} ${state}, so it can end as ${allowed.join(' or ')}, not ${outcome}`);
    }
    return {
      ...call,
      endedAt: at,
      lastSeenAt: Math.max(call.lastSeenAt, at),
      durationSeconds: call.answeredAt === null ? null : durationSeconds(call.answeredAt, at),
      outcome,
      failureReason,
      sipCode,
      quality,
    };
  });
}

/**
 * The heartbeat that makes crash recovery accurate: the offscreen document
 * calls it every few seconds while a call is live, and after a crash the call
 * is taken to have ended at its last heartbeat. Returns false (and writes
 * nothing) for a call that has already ended, since a timer tick racing the
 * hang-up is expected; an unknown id is still an error.
 */
export async function touchLiveCall(db: SwitchboardDb, id: string, at: number): Promise<boolean> {
  checkCallId(id);
  checkTime(at, 'at');
  return db.transaction('rw', db.calls, async () => {
    const call = await getOrThrow(db, id);
    if (call.outcome !== 'live') return false;
    if (at > call.lastSeenAt) await db.calls.update(id, { lastSeenAt: at });
    return true;
  });
}

export async function saveWrapUp(db: SwitchboardDb, id: string, wrapUp: WrapUp, at: number): Promise<CallRecord> {
  checkCallId(id);
  const { disposition, notes } = checkWrapUp(wrapUp);
  checkTime(at, 'at');
  return updateCall(db, id, (call) => ({ ...call, disposition, notes, wrapUpAt: at }));
}

/**
 * Run once when the offscreen document starts, before it has any call: a
 * record still `live` then belongs to a document that died (browser closed,
 * crash, update) without seeing the call end. It becomes `interrupted`,
 * ended at its last heartbeat, the last moment it was known to exist.
 * Returns the ids recovered, and notes them in the audit log.
 */
export async function recoverInterruptedCalls(db: SwitchboardDb, now: number): Promise<string[]> {
  checkTime(now, 'now');
  return db.transaction('rw', db.calls, db.audit, async () => {
    const live = await db.calls.where('outcome').equals('live').toArray();
    if (live.length === 0) return [];
    const recovered = live.map((call): CallRecord => {
      // A clock set back since the heartbeat must not put the end after "now" or before the start.
      const endedAt = Math.max(call.answeredAt ?? call.startedAt, Math.min(call.lastSeenAt, now));
      return {
        ...call,
        outcome: 'interrupted',
        endedAt,
        durationSeconds: call.answeredAt === null ? null : durationSeconds(call.answeredAt, endedAt),
      };
    });
    await db.calls.bulkPut(recovered);
    const ids = recovered.map((call) => call.id);
    await appendAudit(db, {
      at: now,
      kind: 'call',
      message: tPlural('auditInterrupted', ids.length),
      data: { ids },
    });
    return ids;
  });
}

async function getOrThrow(db: SwitchboardDb, id: string): Promise<CallRecord> {
  const call = await db.calls.get(id);
  if (call === undefined) throw new DbError('unknown-call', `No call with id ${id} in the call log`);
  return call;
}

async function updateCall(db: SwitchboardDb, id: string, change: (call: CallRecord) => CallRecord): Promise<CallRecord> {
  return db.transaction('rw', db.calls, async () => {
    const next = change(await getOrThrow(db, id));
    await db.calls.put(next);
    return next;
  });
}

function requireLive(call: CallRecord, action: string): void {
  if (call.outcome !== 'live') {
    throw new DbError('illegal-transition', `Cannot ${action} call ${call.id}: it already ended (${call.outcome})`);
  }
}

function requireNotBefore(at: number, earliest: number, happened: string, earlier: string): void {
  if (at < earliest) {
    throw new DbError('invalid-input', `A call cannot be ${happened} (${at}) before it ${earlier} (${earliest})`);
  }
}
