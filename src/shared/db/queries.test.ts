import { describe, expect, it } from 'vitest';
import { recordCallEnded, recordCallStarted } from './call-log';
import { DbError } from './errors';
import { callRecord, freshDb, realisticCalls } from './fixtures';
import {
  applyRetention,
  callsWithNumber,
  clearAll,
  cursorOf,
  deleteCalls,
  getCall,
  iterateCalls,
  missedCount,
  recentCalls,
  searchCalls,
  type CallCursor,
} from './queries';
import type { CallRecord } from './records';
import { digitsOf } from './search-tokens';

const T0 = 1_700_000_000_000;
const MIN = 60_000;
const DAY = 86_400_000;
const ids = (calls: readonly CallRecord[]) => calls.map((c) => c.id);
const hasDigits = (c: CallRecord, fragment: string) =>
  digitsOf(c.remoteE164 ?? '').includes(fragment) || digitsOf(c.remoteDisplay).includes(fragment);

describe('recentCalls', () => {
  it('pages newest first without skipping or repeating calls that share a start time', async () => {
    const db = freshDb();
    // Ten calls, three of them in the same millisecond across a page boundary.
    const times = [T0, T0 + 1, T0 + 2, T0 + 3, T0 + 3, T0 + 3, T0 + 4, T0 + 5, T0 + 6, T0 + 7];
    await db.calls.bulkPut(times.map((startedAt, i) => callRecord({ id: `c${i}`, startedAt })));

    const seen: string[] = [];
    let before: CallCursor | undefined;
    for (let page = 0; page < 10; page++) {
      const calls = await recentCalls(db, before === undefined ? { limit: 3 } : { limit: 3, before });
      if (calls.length === 0) break;
      seen.push(...ids(calls));
      before = cursorOf(calls.at(-1) as CallRecord);
    }
    expect(seen).toEqual(['c9', 'c8', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2', 'c1', 'c0']);
  });

  it('accepts a plain startedAt as the cursor', async () => {
    const db = freshDb();
    await db.calls.bulkPut([0, 1, 2, 3].map((i) => callRecord({ id: `c${i}`, startedAt: T0 + i * MIN })));
    expect(ids(await recentCalls(db, { limit: 10, before: T0 + 2 * MIN }))).toEqual(['c1', 'c0']);
    expect(await recentCalls(db, { limit: 10, before: T0 })).toEqual([]);
  });

  it('walks everything with iterateCalls', async () => {
    const db = freshDb();
    await db.calls.bulkPut(realisticCalls(1234));
    let count = 0;
    let previous = Infinity;
    for await (const page of iterateCalls(db, 100)) {
      for (const call of page) {
        expect(call.startedAt).toBeLessThanOrEqual(previous);
        previous = call.startedAt;
        count++;
      }
    }
    expect(count).toBe(1234);
  });

  it('refuses a nonsense page size', async () => {
    await expect(recentCalls(freshDb(), { limit: 0 })).rejects.toBeInstanceOf(DbError);
    await expect(recentCalls(freshDb(), { limit: 1.5 })).rejects.toThrow(/limit must be a whole number/);
  });
});

describe('missedCount', () => {
  it('counts missed calls that ended after the time the agent last looked', async () => {
    const db = freshDb();
    await db.calls.bulkPut([
      callRecord({ id: 'old', outcome: 'missed', startedAt: T0, endedAt: T0 + 20_000 }),
      callRecord({ id: 'new', outcome: 'missed', startedAt: T0 + 10 * MIN, endedAt: T0 + 10 * MIN + 20_000 }),
      callRecord({ id: 'answered', outcome: 'answered', startedAt: T0 + 11 * MIN, answeredAt: T0 + 11 * MIN + 1, endedAt: T0 + 12 * MIN }),
      callRecord({ id: 'declined', outcome: 'declined', startedAt: T0 + 13 * MIN, endedAt: T0 + 13 * MIN + 5 }),
    ]);
    expect(await missedCount(db, 0)).toBe(2);
    expect(await missedCount(db, T0 + 5 * MIN)).toBe(1);
    expect(await missedCount(db, T0 + 10 * MIN + 20_000)).toBe(0);
  });

  it('counts a call that was ringing when the agent looked and was missed afterwards', async () => {
    const db = freshDb();
    await recordCallStarted(db, { id: 'ring', direction: 'inbound', remoteE164: null, remoteDisplay: '1001', displayName: null, account: 'a@b', startedAt: T0 });
    const lookedAt = T0 + 5_000;
    expect(await missedCount(db, lookedAt)).toBe(0);
    await recordCallEnded(db, 'ring', { at: T0 + 25_000, outcome: 'missed' });
    expect(await missedCount(db, lookedAt)).toBe(1);
  });
});

describe('searchCalls', () => {
  async function seeded() {
    const db = freshDb();
    await db.calls.bulkPut([
      callRecord({ id: 'jane', displayName: 'Jane Doe', remoteE164: '+14155550123', remoteDisplay: '(415) 555-0123', startedAt: T0 + 1 * MIN, outcome: 'answered', direction: 'inbound', disposition: 'sale' }),
      callRecord({ id: 'jose', displayName: 'José García-Márquez', remoteE164: '+34911234567', remoteDisplay: '+34 911 23 45 67', startedAt: T0 + 2 * MIN, outcome: 'missed' }),
      callRecord({ id: 'oneil', displayName: "Mary O'Neil", remoteE164: '+442079460958', remoteDisplay: '020 7946 0958', startedAt: T0 + 3 * MIN, outcome: 'answered', direction: 'outbound', disposition: 'follow-up' }),
      callRecord({ id: 'ext', displayName: null, remoteE164: null, remoteDisplay: 'sip:1001@pbx.example.com', startedAt: T0 + 4 * MIN, outcome: 'no-answer', direction: 'outbound' }),
      callRecord({ id: 'jane2', displayName: 'Jane Smith', remoteE164: '+14155559999', remoteDisplay: '(415) 555-9999', startedAt: T0 + 5 * MIN, outcome: 'missed' }),
    ]);
    return db;
  }

  it.each([
    ['jane', ['jane2', 'jane']],
    ['JA', ['jane2', 'jane']],
    ['jane doe', ['jane']],
    ['jose', ['jose']],
    ['marq', ['jose']],
    ['oneil', ['oneil']],
    ["o'neil", ['oneil']],
    ['5550', ['jane']],
    ['(415) 555', ['jane2', 'jane']],
    ['+1 415 555 0123', ['jane']],
    ['946 09', ['oneil']],
    ['1001', ['ext']],
    ['23', ['jose', 'jane']],
    ['jane 999', ['jane2']],
    ['nobody', []],
    ['', ['jane2', 'ext', 'oneil', 'jose', 'jane']],
    ['  --  ', ['jane2', 'ext', 'oneil', 'jose', 'jane']],
  ])('finds %j', async (text, expected) => {
    expect(ids(await searchCalls(await seeded(), { text, limit: 50 }))).toEqual(expected);
  });

  it('combines text with direction, outcome, disposition and time filters', async () => {
    const db = await seeded();
    expect(ids(await searchCalls(db, { text: 'jane', outcome: 'missed', limit: 10 }))).toEqual(['jane2']);
    expect(ids(await searchCalls(db, { outcome: 'missed', limit: 10 }))).toEqual(['jane2', 'jose']);
    expect(ids(await searchCalls(db, { direction: 'outbound', limit: 10 }))).toEqual(['ext', 'oneil']);
    expect(ids(await searchCalls(db, { disposition: 'sale', limit: 10 }))).toEqual(['jane']);
    expect(ids(await searchCalls(db, { from: T0 + 2 * MIN, to: T0 + 4 * MIN, limit: 10 }))).toEqual(['ext', 'oneil', 'jose']);
    expect(ids(await searchCalls(db, { outcome: 'answered', from: T0 + 2 * MIN, limit: 10 }))).toEqual(['oneil']);
    expect(ids(await searchCalls(db, { limit: 2, offset: 1 }))).toEqual(['ext', 'oneil']);
    expect(ids(await searchCalls(db, { text: 'jane', limit: 1, offset: 1 }))).toEqual(['jane']);
    await expect(searchCalls(db, { from: 5, to: 4, limit: 1 })).rejects.toThrow(/from \(5\) is after to \(4\)/);
  });

  it('gives the same answers through the index and through the newest-first walk', async () => {
    const db = freshDb();
    const calls = realisticCalls(6000, { seed: 7 });
    await db.calls.bulkPut(calls);
    const byHand = (keep: (c: CallRecord) => boolean) =>
      calls.filter(keep).sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1)).slice(0, 40).map((c) => c.id);

    // "415" matches thousands of calls (dense: walked newest first), "j" and
    // "zoë müller" fewer (sparse: fetched and sorted); both must agree with a plain filter.
    expect(new Set(await db.calls.where('searchTokens').startsWith('415').primaryKeys()).size).toBeGreaterThan(2000);
    expect(ids(await searchCalls(db, { text: '415', limit: 40, offset: 5 }))).toEqual(
      calls.filter((c) => hasDigits(c, '415')).sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1)).slice(5, 45).map((c) => c.id),
    );
    const j = await searchCalls(db, { text: 'j', limit: 40 });
    expect(ids(j)).toEqual(byHand((c) => /(^|\s)j/i.test(c.displayName ?? '')));
    const zoe = await searchCalls(db, { text: 'Zoe Muller', limit: 40 });
    expect(zoe.length).toBeGreaterThan(0);
    expect(ids(zoe)).toEqual(byHand((c) => c.displayName === 'Zoë Müller'));
    const fragment = calls[123]?.remoteE164?.slice(-6) ?? '';
    expect(ids(await searchCalls(db, { text: fragment, limit: 40 }))).toEqual(byHand((c) => hasDigits(c, fragment)));
    const sales = await searchCalls(db, { disposition: 'sale', direction: 'inbound', limit: 40 });
    expect(ids(sales)).toEqual(byHand((c) => c.disposition === 'sale' && c.direction === 'inbound'));
  });
});

describe('single-call reads', () => {
  it('gets a call by id and the history with one number', async () => {
    const db = freshDb();
    await db.calls.bulkPut([
      callRecord({ id: 'x', startedAt: T0 }),
      callRecord({ id: 'y', startedAt: T0 + MIN }),
      callRecord({ id: 'z', startedAt: T0 + 2 * MIN, remoteE164: '+442079460958' }),
    ]);
    expect((await getCall(db, 'x'))?.id).toBe('x');
    expect(await getCall(db, 'nope')).toBeUndefined();
    expect(ids(await callsWithNumber(db, '+14155550123', 10))).toEqual(['y', 'x']);
  });
});

describe('deleting', () => {
  async function withLive() {
    const db = freshDb();
    await db.calls.bulkPut([
      callRecord({ id: 'old', startedAt: T0 - 100 * DAY }),
      callRecord({ id: 'old-live', startedAt: T0 - 100 * DAY, outcome: 'live', endedAt: null }),
      callRecord({ id: 'mid', startedAt: T0 - 10 * DAY }),
      callRecord({ id: 'new', startedAt: T0 - DAY }),
    ]);
    await db.audit.add({ at: T0, kind: 'status', message: 'Available', data: {} });
    return db;
  }
  const remaining = async (db: Awaited<ReturnType<typeof withLive>>) => (await db.calls.orderBy('id').primaryKeys()).sort();

  it('deleteCalls removes the given calls but never a live one', async () => {
    const db = await withLive();
    expect(await deleteCalls(db, ['old', 'old-live', 'missing'])).toBe(1);
    expect(await remaining(db)).toEqual(['mid', 'new', 'old-live']);
  });

  it('clearAll empties the history and the audit log, keeping live calls', async () => {
    const db = await withLive();
    expect(await clearAll(db)).toEqual({ calls: 3, audit: 1 });
    expect(await remaining(db)).toEqual(['old-live']);
    expect(await db.audit.count()).toBe(0);
  });

  it('applyRetention deletes by age, oldest first, never a live call', async () => {
    const db = await withLive();
    expect(await applyRetention(db, { maxDays: 30 }, T0)).toBe(1);
    expect(await remaining(db)).toEqual(['mid', 'new', 'old-live']);
  });

  it('applyRetention keeps the newest maxRecords, counting but sparing live calls', async () => {
    const db = await withLive();
    expect(await applyRetention(db, { maxRecords: 2 }, T0)).toBe(2);
    expect(await remaining(db)).toEqual(['new', 'old-live']);
    expect(await applyRetention(db, { maxRecords: 0 }, T0)).toBe(1);
    expect(await remaining(db)).toEqual(['old-live']);
  });

  it('applyRetention with both limits, and with nothing to do', async () => {
    const db = freshDb();
    await db.calls.bulkPut(realisticCalls(500, { now: T0 }));
    expect(await applyRetention(db, {}, T0)).toBe(0);
    const deleted = await applyRetention(db, { maxDays: 180, maxRecords: 100 }, T0);
    expect(await db.calls.count()).toBe(100);
    expect(deleted).toBe(400);
    const kept = await db.calls.toArray();
    const oldestKept = Math.min(...kept.map((c) => c.startedAt));
    expect(oldestKept).toBeGreaterThanOrEqual(T0 - 180 * DAY);
    await expect(applyRetention(db, { maxDays: -1 }, T0)).rejects.toThrow(/maxDays/);
  });
});
