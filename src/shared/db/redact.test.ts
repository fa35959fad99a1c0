import { describe, expect, it } from 'vitest';
import { appendAudit, pruneAudit, recentAudit } from './audit';
import { freshDb } from './fixtures';
import { isSecretKey, REDACTED, redact, redactData, redactText } from './redact';

describe('redact', () => {
  it('replaces secrets under any key named like one, however deep, in objects and arrays', () => {
    const data = {
      user: '1001',
      password: 'p1',
      sip: { Password: 'p2', authorizationUser: 'agent', ha1: 'beef', nested: [{ client_secret: 'p3' }, { ok: 1 }] },
      headers: { Authorization: 'Digest response="p4"', 'Proxy-Authorization': 'p5' },
      apiKey: 'p6',
      accessToken: 'p7',
      sipPasswd: 'p8',
    };
    const clean = redact(data);
    expect(JSON.stringify(clean)).not.toMatch(/p[1-8]\b|beef/);
    expect(clean).toEqual({
      user: '1001',
      password: REDACTED,
      sip: { Password: REDACTED, authorizationUser: REDACTED, ha1: REDACTED, nested: [{ client_secret: REDACTED }, { ok: 1 }] },
      headers: { Authorization: REDACTED, 'Proxy-Authorization': REDACTED },
      apiKey: REDACTED,
      accessToken: REDACTED,
      sipPasswd: REDACTED,
    });
    // The input is left alone.
    expect(data.password).toBe('p1');
  });

  it('does not mistake ordinary keys for secrets', () => {
    for (const key of ['passive', 'bypass', 'user', 'server', 'displayName', 'registrationState']) expect(isSecretKey(key)).toBe(false);
  });

  it('removes credentials written inside text', () => {
    expect(redactText('INVITE ...\r\nAuthorization: Digest username="1001", response="6629fae4"\r\nVia: x')).toBe(
      `INVITE ...\r\nAuthorization: ${REDACTED}\r\nVia: x`,
    );
    expect(redactText('login password=hunter2&user=1001')).toBe(`login password=${REDACTED}&user=1001`);
    expect(redactText('secret: "a b c", next')).toBe(`secret: ${REDACTED}, next`);
  });

  it('makes anything JSON-able: cycles, functions, dates, errors, bigints', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const shared = { n: 1 };
    expect(
      redact({ loop, fn: () => 1, when: new Date(0), error: new Error('password=x'), big: 10n, nan: Number.NaN, twice: [shared, shared] }),
    ).toEqual({
      loop: { name: 'loop', self: '[circular]' },
      fn: null,
      when: '1970-01-01T00:00:00.000Z',
      error: { name: 'Error', message: `password=${REDACTED}` },
      big: '10',
      nan: 'NaN',
      twice: [{ n: 1 }, { n: 1 }],
    });
  });

  it('always gives audit data as an object', () => {
    expect(redactData(undefined)).toEqual({});
    expect(redactData('text')).toEqual({ value: 'text' });
    expect(redactData([1])).toEqual({ value: [1] });
  });
});

describe('audit log', () => {
  it('appendAudit always redacts, in the data and in the message', async () => {
    const db = freshDb();
    const id = await appendAudit(db, {
      at: 1000,
      kind: 'settings',
      message: 'Saved; Authorization: Digest abc',
      data: { settings: { server: 'wss://pbx', password: 'hunter2', auth: { ha1: '0cc175b9' } } },
    });
    const stored = await db.audit.get(id);
    expect(JSON.stringify(stored)).not.toMatch(/hunter2|0cc175b9|Digest abc/);
    expect(stored).toMatchObject({ kind: 'settings', data: { settings: { server: 'wss://pbx', password: REDACTED } } });
  });

  it('refuses an unknown kind or a bad time', async () => {
    const db = freshDb();
    await expect(appendAudit(db, { at: -1, kind: 'call', message: '' })).rejects.toThrow(/at must be a time/);
    await expect(appendAudit(db, { at: 1, kind: 'debug' as never, message: '' })).rejects.toThrow(/kind must be one of/);
  });

  it('lists newest first, by kind, and prunes by age and count', async () => {
    const db = freshDb();
    const day = 86_400_000;
    for (let i = 0; i < 10; i++) await appendAudit(db, { at: i * day, kind: i % 2 ? 'status' : 'call', message: `e${i}` });
    expect((await recentAudit(db, { limit: 3 })).map((e) => e.message)).toEqual(['e9', 'e8', 'e7']);
    expect((await recentAudit(db, { limit: 2, kind: 'call' })).map((e) => e.message)).toEqual(['e8', 'e6']);
    expect(await pruneAudit(db, { maxDays: 5 }, 9 * day)).toBe(4);
    expect(await pruneAudit(db, { maxEntries: 2 }, 9 * day)).toBe(4);
    expect((await recentAudit(db, { limit: 10 })).map((e) => e.message)).toEqual(['e9', 'e8']);
  });
});
