import { describe, expect, it } from 'vitest';
import { recoverInterruptedCalls } from './call-log';
import { openAtVersion, SwitchboardDb } from './database';
import { isolatedOptions } from './fixtures';
import { missedCount, searchCalls } from './queries';
import { REDACTED } from './redact';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import type { AuditEntryV1, CallRecordV1 } from './schema-v1';
import { e164FromV1 } from './schema-v2';

const T0 = 1_700_000_000_000;

const V1_CALLS: CallRecordV1[] = [
  { id: 'a', direction: 'inbound', remoteNumber: '+1 (415) 555-0123', displayName: 'José García', account: 'agent@pbx', startedAt: T0, answeredAt: T0 + 2_000, endedAt: T0 + 62_000, outcome: 'answered', sipCode: null, disposition: 'sale', notes: 'ok' },
  { id: 'b', direction: 'inbound', remoteNumber: '020 7946 0958', displayName: null, account: 'agent@pbx', startedAt: T0 + 100_000, answeredAt: null, endedAt: T0 + 130_000, outcome: 'missed', sipCode: 487, disposition: null, notes: '' },
  { id: 'c', direction: 'outbound', remoteNumber: '1001', displayName: 'Front desk', account: 'agent@pbx', startedAt: T0 + 200_000, answeredAt: null, endedAt: T0 + 201_000, outcome: 'busy', sipCode: 486, disposition: null, notes: '' },
  { id: 'd', direction: 'outbound', remoteNumber: 'sip:+442079460958@pbx.example.com;user=phone', displayName: 'London office', account: 'agent@pbx', startedAt: T0 + 300_000, answeredAt: T0 + 305_000, endedAt: null, outcome: 'live', sipCode: null, disposition: null, notes: '' },
];

const V1_AUDIT: AuditEntryV1[] = [
  { at: T0, kind: 'settings', message: 'Saved settings', data: { server: 'wss://pbx', sip: { password: 'hunter2', user: '1001' } } },
  { at: T0 + 1, kind: 'registration', message: 'REGISTER sent with Authorization: Digest username="1001", response="abc"' },
];

/** What an older build of the extension would have left behind. */
async function seedV1(options: ReturnType<typeof isolatedOptions>): Promise<void> {
  const v1 = openAtVersion(1, options);
  await v1.table('calls').bulkAdd(V1_CALLS);
  await v1.table('audit').bulkAdd(V1_AUDIT);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema history', () => {
  it('lists every version once, in order, ending at the current one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
    // Each version after the first says how to carry the previous one's rows over.
    for (const v of SCHEMA_VERSIONS.slice(1)) expect(v.upgrade).toBeTypeOf('function');
  });

  it('opens an empty database straight at the current version', async () => {
    const db = new SwitchboardDb(isolatedOptions());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['audit', 'calls', 'meta']);
  });
});

describe('upgrade from version 1', () => {
  it('keeps every call and splits remoteNumber into remoteE164 and remoteDisplay', async () => {
    const options = isolatedOptions();
    await seedV1(options);
    const db = new SwitchboardDb(options);
    await db.open();
    expect(db.verno).toBe(2);

    const calls = await db.calls.orderBy('startedAt').toArray();
    expect(calls.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const call of calls) expect(call).not.toHaveProperty('remoteNumber');

    expect(calls[0]).toMatchObject({
      remoteE164: '+14155550123', remoteDisplay: '+1 (415) 555-0123', displayName: 'José García',
      durationSeconds: 60, lastSeenAt: T0 + 62_000, disposition: 'sale', notes: 'ok',
      failureReason: null, wrapUpAt: null, related: null, page: null, requestId: null, quality: null,
    });
    // No country was stored with a national number, so it cannot be placed.
    expect(calls[1]).toMatchObject({ remoteE164: null, remoteDisplay: '020 7946 0958', sipCode: 487, durationSeconds: null });
    expect(calls[2]).toMatchObject({ remoteE164: null, remoteDisplay: '1001' });
    expect(calls[3]).toMatchObject({ remoteE164: '+442079460958', outcome: 'live', lastSeenAt: T0 + 305_000, durationSeconds: null });
  });

  it('builds the new indexes from the old rows: outcome, E.164, search tokens, missed count', async () => {
    const options = isolatedOptions();
    await seedV1(options);
    const db = new SwitchboardDb(options);

    expect(await db.calls.where('outcome').equals('busy').primaryKeys()).toEqual(['c']);
    expect(await db.calls.where('remoteE164').equals('+14155550123').primaryKeys()).toEqual(['a']);
    expect((await searchCalls(db, { text: 'jose', limit: 10 })).map((c) => c.id)).toEqual(['a']);
    expect((await searchCalls(db, { text: '7946', limit: 10 })).map((c) => c.id)).toEqual(['d', 'b']);
    expect((await searchCalls(db, { text: 'front', limit: 10 })).map((c) => c.id)).toEqual(['c']);
    expect(await missedCount(db, 0)).toBe(1);
  });

  it('lets a call left live by version 1 be recovered after the upgrade', async () => {
    const options = isolatedOptions();
    await seedV1(options);
    const db = new SwitchboardDb(options);
    expect(await recoverInterruptedCalls(db, T0 + 999_000)).toEqual(['d']);
    expect(await db.calls.get('d')).toMatchObject({ outcome: 'interrupted', endedAt: T0 + 305_000, durationSeconds: 0 });
  });

  it('scrubs the secrets version 1 wrote into the audit log', async () => {
    const options = isolatedOptions();
    await seedV1(options);
    const db = new SwitchboardDb(options);
    const audit = await db.audit.orderBy('id').toArray();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ kind: 'settings', data: { server: 'wss://pbx', sip: { password: REDACTED, user: '1001' } } });
    expect(audit[1]).toMatchObject({ data: {} });
    expect(audit[1]?.message).toBe(`REGISTER sent with Authorization: ${REDACTED}`);
    expect(JSON.stringify(audit)).not.toMatch(/hunter2|response="abc"/);
    expect(await db.audit.where('kind').equals('registration').count()).toBe(1);
  });
});

describe('e164FromV1', () => {
  it.each([
    ['+14155550123', '+14155550123'],
    ['+1 (415) 555-0123', '+14155550123'],
    ['tel:+44-20-7946-0958', '+442079460958'],
    ['4155550123', null],
    ['+0123456789', null],
    ['+1234567890123456', null],
    ['+1 415 555 0123 ext 5', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(e164FromV1(input)).toBe(expected);
  });
});
