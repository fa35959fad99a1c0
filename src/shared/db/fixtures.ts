import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';
import { SwitchboardDb } from './database';
import type { CallOutcome, CallRecord } from './records';
import { durationSeconds } from './schema-v2';
import { callSearchTokens } from './search-tokens';

/**
 * Test and benchmark support, never bundled into the extension: each database
 * gets its own fake-indexeddb factory, so tests are isolated without deleting
 * anything between them.
 */
export function isolatedOptions(): DexieOptions {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function freshDb(options: DexieOptions = isolatedOptions()): SwitchboardDb {
  return new SwitchboardDb(options);
}

/** A complete, valid record (tokens included) for seeding with bulkPut. */
export function callRecord(overrides: Partial<CallRecord> & Pick<CallRecord, 'id'>): CallRecord {
  const base: CallRecord = {
    id: overrides.id,
    direction: 'inbound',
    remoteE164: '+14155550123',
    remoteDisplay: '(415) 555-0123',
    displayName: 'Jane Doe',
    account: 'agent@pbx.example.com',
    startedAt: 1_700_000_000_000,
    answeredAt: null,
    endedAt: 1_700_000_030_000,
    lastSeenAt: 1_700_000_030_000,
    durationSeconds: null,
    outcome: 'missed',
    failureReason: null,
    sipCode: null,
    disposition: null,
    notes: '',
    wrapUpAt: null,
    related: null,
    page: null,
    requestId: null,
    quality: null,
    searchTokens: [],
  };
  const call = { ...base, ...overrides };
  return { ...call, searchTokens: overrides.searchTokens ?? callSearchTokens(call) };
}

/** Deterministic pseudo-random numbers (mulberry32), so a benchmark or test sees the same data every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jane', 'John', 'María', 'José', 'Aiko', 'Li', 'Olga', 'Ahmed', 'Chloé', 'Sven', 'Priya', 'Kwame', 'Zoë', 'Liam', 'Noah', 'Emma'];
const LAST = ['Doe', 'Smith', 'García', "O'Neil", 'Tanaka', 'Wang', 'Ivanova', 'Hassan', 'Dubois', 'Larsson', 'Patel', 'Mensah', 'Müller', 'Brown', 'Nguyen', 'Rossi'];
const DISPOSITIONS = ['sale', 'follow-up', 'not interested', 'voicemail', 'wrong number'];
const OUTCOMES: readonly [CallOutcome, number][] = [
  ['answered', 0.6], ['missed', 0.15], ['no-answer', 0.08], ['cancelled', 0.05], ['busy', 0.04], ['declined', 0.03], ['failed', 0.04], ['interrupted', 0.01],
];

/** `n` calls like an agent's year: mostly answered, named callers, US and UK numbers, some internal extensions. */
export function realisticCalls(n: number, { seed = 1, now = 1_700_000_000_000 } = {}): CallRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const calls: CallRecord[] = [];
  for (let i = 0; i < n; i++) {
    const startedAt = now - Math.floor(random() * 365 * 86_400_000);
    let roll = random();
    const outcome = OUTCOMES.find(([, p]) => (roll -= p) < 0)?.[0] ?? 'answered';
    const kind = random();
    const [remoteE164, remoteDisplay] =
      kind < 0.7
        ? ((n3, n4) => [`+1415${n3}${n4}`, `(415) ${n3}-${n4}`])(digits(3), digits(4))
        : kind < 0.9
          ? ((rest) => [`+4420${rest}`, `020 ${rest.slice(0, 4)} ${rest.slice(4)}`])(digits(8))
          : [null, `1${digits(3)}`];
    const answered = outcome === 'answered' || (outcome === 'interrupted' && random() < 0.5);
    const answeredAt = answered ? startedAt + 2000 + Math.floor(random() * 20_000) : null;
    const endedAt = (answeredAt ?? startedAt) + Math.floor(random() * (answered ? 900_000 : 40_000));
    calls.push(
      callRecord({
        id: `call-${seed}-${i}`,
        direction: random() < 0.5 ? 'inbound' : 'outbound',
        remoteE164,
        remoteDisplay,
        displayName: random() < 0.8 ? `${pick(FIRST)} ${pick(LAST)}` : null,
        startedAt,
        answeredAt,
        endedAt,
        lastSeenAt: endedAt,
        durationSeconds: answeredAt === null ? null : durationSeconds(answeredAt, endedAt),
        outcome,
        sipCode: outcome === 'busy' ? 486 : outcome === 'failed' ? 503 : null,
        disposition: answered && random() < 0.7 ? pick(DISPOSITIONS) : null,
        notes: answered && random() < 0.3 ? `Asked about invoice ${digits(5)}, "urgent", call back, Tuesday` : '',
        wrapUpAt: answered ? endedAt + 30_000 : null,
        quality: answered ? { mos: 3 + random() * 1.4, jitterMs: random() * 30, lossPercent: random() * 2, rttMs: 20 + random() * 200 } : null,
      }),
    );
  }
  return calls;
}
