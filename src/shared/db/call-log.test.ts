import { describe, expect, it } from 'vitest';
import {
  recordCallAnswered,
  recordCallEnded,
  recordCallStarted,
  recoverInterruptedCalls,
  saveWrapUp,
  touchLiveCall,
  type CallStart,
} from './call-log';
import { DbError } from './errors';
import { freshDb } from './fixtures';
import { getCall } from './queries';

const T0 = 1_700_000_000_000;

function start(overrides: Partial<CallStart> = {}): CallStart {
  return {
    id: 'c1',
    direction: 'outbound',
    remoteE164: '+14155550123',
    remoteDisplay: '(415) 555-0123',
    displayName: 'Jane Doe',
    account: 'agent@pbx.example.com',
    startedAt: T0,
    ...overrides,
  };
}

async function expectDbError(promise: Promise<unknown>, code: DbError['code'], message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DbError);
  expect((error as DbError).code).toBe(code);
  expect((error as DbError).message).toMatch(message);
}

describe('call log writes', () => {
  it('records a call from start through answer and end to wrap-up', async () => {
    const db = freshDb();
    const started = await recordCallStarted(db, start({
      related: { type: 'contact', id: '0031' },
      page: { url: 'https://crm.example.com/c/0031', title: 'Jane Doe · CRM', origin: 'https://crm.example.com' },
      requestId: 'req-9',
    }));
    expect(started).toMatchObject({ outcome: 'live', lastSeenAt: T0, answeredAt: null, notes: '', durationSeconds: null });
    expect(started.searchTokens).toEqual(expect.arrayContaining(['jane', 'doe', '14155550123', '0123']));

    await recordCallAnswered(db, 'c1', T0 + 5_000);
    await recordCallEnded(db, 'c1', {
      at: T0 + 65_400,
      outcome: 'answered',
      quality: { mos: 4.2, jitterMs: 3, lossPercent: 0.1, rttMs: 40 },
    });
    await saveWrapUp(db, 'c1', { disposition: ' sale ', notes: 'Wants the blue one' }, T0 + 90_000);

    expect(await getCall(db, 'c1')).toMatchObject({
      outcome: 'answered',
      answeredAt: T0 + 5_000,
      endedAt: T0 + 65_400,
      lastSeenAt: T0 + 65_400,
      durationSeconds: 60,
      disposition: 'sale',
      notes: 'Wants the blue one',
      wrapUpAt: T0 + 90_000,
      related: { type: 'contact', id: '0031' },
      requestId: 'req-9',
      quality: { mos: 4.2, jitterMs: 3, lossPercent: 0.1, rttMs: 40 },
    });
  });

  it('records an unanswered call with its SIP code and reason, and no duration', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    const ended = await recordCallEnded(db, 'c1', { at: T0 + 3_000, outcome: 'busy', sipCode: 486, failureReason: 'Busy Here' });
    expect(ended).toMatchObject({ outcome: 'busy', sipCode: 486, failureReason: 'Busy Here', durationSeconds: null, endedAt: T0 + 3_000 });
  });

  it('refuses bad input with a typed error and leaves the record as it was', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    const before = await getCall(db, 'c1');

    await expectDbError(recordCallAnswered(db, 'nope', T0), 'unknown-call', /No call with id nope/);
    await expectDbError(recordCallAnswered(db, 'c1', -1), 'invalid-input', /at must be a time/);
    await expectDbError(recordCallAnswered(db, 'c1', Number.NaN), 'invalid-input', /at must be a time/);
    await expectDbError(recordCallAnswered(db, 'c1', T0 - 1), 'invalid-input', /before it started/);
    await expectDbError(recordCallStarted(db, start({ startedAt: -5 })), 'invalid-input', /startedAt/);
    await expectDbError(recordCallStarted(db, start()), 'duplicate-call', /already in the call log/);
    await expectDbError(recordCallStarted(db, start({ id: 'c2', remoteE164: '4155550123' })), 'invalid-input', /E\.164/);
    await expectDbError(recordCallStarted(db, start({ id: '' })), 'invalid-input', /call id must not be empty/);
    await expectDbError(saveWrapUp(db, 'c1', { disposition: null, notes: 'x'.repeat(10_001) }, T0), 'invalid-input', /notes is 10001 characters long; the limit is 10000/);
    await expectDbError(saveWrapUp(db, 'c1', { disposition: 'd'.repeat(101), notes: '' }, T0), 'invalid-input', /disposition is 101 characters/);
    await expectDbError(recordCallEnded(db, 'c1', { at: T0 + 1, outcome: 'answered' }), 'illegal-transition', /never answered/);
    await expectDbError(
      recordCallEnded(db, 'c1', { at: T0 + 1, outcome: 'live' as never }),
      'invalid-input',
      /outcome must be one of/,
    );
    await expectDbError(recordCallEnded(db, 'c1', { at: T0 + 1, outcome: 'failed', sipCode: 99 }), 'invalid-input', /sipCode/);

    expect(await getCall(db, 'c1')).toEqual(before);
    expect(await getCall(db, 'c2')).toBeUndefined();
  });

  it('accepts notes of exactly 10,000 characters and a disposition of 100', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    const saved = await saveWrapUp(db, 'c1', { disposition: 'd'.repeat(100), notes: 'n'.repeat(10_000) }, T0);
    expect(saved.notes).toHaveLength(10_000);
  });

  it('follows the call state machine: no answer twice, no end twice, no missed after answer', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    await recordCallAnswered(db, 'c1', T0 + 1_000);
    await expectDbError(recordCallAnswered(db, 'c1', T0 + 2_000), 'illegal-transition', /already answered/);
    await expectDbError(recordCallEnded(db, 'c1', { at: T0 + 2_000, outcome: 'missed' }), 'illegal-transition', /was answered/);
    await expectDbError(recordCallEnded(db, 'c1', { at: T0 + 500, outcome: 'answered' }), 'invalid-input', /before it was answered/);
    await recordCallEnded(db, 'c1', { at: T0 + 2_000, outcome: 'failed', failureReason: 'media lost' });
    await expectDbError(recordCallEnded(db, 'c1', { at: T0 + 3_000, outcome: 'failed' }), 'illegal-transition', /already ended \(failed\)/);
    await expectDbError(recordCallAnswered(db, 'c1', T0 + 3_000), 'illegal-transition', /already ended/);
  });

  it('cuts over-long text from the far end or a page instead of losing the call', async () => {
    const db = freshDb();
    const call = await recordCallStarted(db, start({ page: { url: 'https://x.test/', title: 't'.repeat(2_000), origin: 'https://x.test' } }));
    expect(call.page?.title.length).toBe(500);
    const ended = await recordCallEnded(db, 'c1', { at: T0 + 1, outcome: 'failed', failureReason: 'r'.repeat(5_000) });
    expect(ended.failureReason?.length).toBe(500);
  });

  it('moves lastSeenAt forward on heartbeats, and says when the call is no longer live', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    expect(await touchLiveCall(db, 'c1', T0 + 10_000)).toBe(true);
    expect(await touchLiveCall(db, 'c1', T0 + 5_000)).toBe(true); // late tick: ignored
    expect((await getCall(db, 'c1'))?.lastSeenAt).toBe(T0 + 10_000);
    await recordCallEnded(db, 'c1', { at: T0 + 12_000, outcome: 'cancelled' });
    expect(await touchLiveCall(db, 'c1', T0 + 15_000)).toBe(false);
    expect((await getCall(db, 'c1'))?.lastSeenAt).toBe(T0 + 12_000);
    await expectDbError(touchLiveCall(db, 'ghost', T0), 'unknown-call', /ghost/);
  });
});

describe('recoverInterruptedCalls', () => {
  it('ends every live call at its last heartbeat, with a duration if it was answered', async () => {
    const db = freshDb();
    await recordCallStarted(db, start({ id: 'ringing', direction: 'inbound' }));
    await touchLiveCall(db, 'ringing', T0 + 8_000);
    await recordCallStarted(db, start({ id: 'talking' }));
    await recordCallAnswered(db, 'talking', T0 + 4_000);
    await touchLiveCall(db, 'talking', T0 + 125_000);
    await recordCallStarted(db, start({ id: 'done' }));
    await recordCallEnded(db, 'done', { at: T0 + 1_000, outcome: 'no-answer' });

    const ids = await recoverInterruptedCalls(db, T0 + 3_600_000);
    expect(ids.sort()).toEqual(['ringing', 'talking']);

    expect(await getCall(db, 'ringing')).toMatchObject({ outcome: 'interrupted', endedAt: T0 + 8_000, durationSeconds: null });
    expect(await getCall(db, 'talking')).toMatchObject({ outcome: 'interrupted', endedAt: T0 + 125_000, durationSeconds: 121 });
    expect(await getCall(db, 'done')).toMatchObject({ outcome: 'no-answer', endedAt: T0 + 1_000 });

    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: 'call', at: T0 + 3_600_000, data: { ids: expect.arrayContaining(['ringing', 'talking']) } });

    // A second start finds nothing left to recover, and logs nothing.
    expect(await recoverInterruptedCalls(db, T0 + 3_700_000)).toEqual([]);
    expect(await db.audit.count()).toBe(1);
  });

  it('never ends a call after "now" when the clock went back since the last heartbeat', async () => {
    const db = freshDb();
    await recordCallStarted(db, start());
    await touchLiveCall(db, 'c1', T0 + 60_000);
    await recoverInterruptedCalls(db, T0 + 20_000);
    expect(await getCall(db, 'c1')).toMatchObject({ outcome: 'interrupted', endedAt: T0 + 20_000 });
  });
});
