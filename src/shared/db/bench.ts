import { callsCsvStream } from './csv';
import { freshDb, realisticCalls } from './fixtures';
import { iterateCalls, missedCount, recentCalls, searchCalls } from './queries';

/**
 * Relative figures for the call-log queries on n calls, in Node over
 * fake-indexeddb (in-memory, single-threaded JS, so slower than Chromium's
 * LevelDB-backed IndexedDB for some operations and faster for others: compare
 * sizes and versions with it, not absolute times). Each figure is the median
 * of RUNS runs. Run it with:
 *   SWITCHBOARD_DB_BENCH=0,10000,100000 npx vitest run src/shared/db/bench.test.ts
 */
export interface DbBench {
  /** recentCalls, limit 10: the popup's history list. */
  readonly recentMs: number;
  /** missedCount since the beginning: the badge. */
  readonly missedMs: number;
  /** A number-fragment search plus a name search, limit 50 each (both below). */
  readonly searchMs: number;
  readonly searchNumberMs: number;
  readonly searchNameMs: number;
  /** Every call, read page by page and written as CSV. */
  readonly csvMs: number;
  /** bulkPut of the n calls, once (not a median). */
  readonly fillMs: number;
}

const RUNS = 5;
const FILL_CHUNK = 5000;

export async function benchDb(n: number): Promise<DbBench> {
  const db = freshDb();
  const calls = realisticCalls(n, { seed: 42 });
  const fillStart = performance.now();
  for (let i = 0; i < calls.length; i += FILL_CHUNK) await db.calls.bulkPut(calls.slice(i, i + FILL_CHUNK));
  const fillMs = round(performance.now() - fillStart);

  // The last seven digits of one caller's number, as an agent would type them; and a full name.
  const numberFragment = calls[Math.floor(n / 2)]?.remoteE164?.slice(-7) ?? '5550123';
  const name = 'Jane Doe';

  const recentMs = await median(() => recentCalls(db, { limit: 10 }));
  const missedMs = await median(() => missedCount(db, 0));
  const searchNumberMs = await median(() => searchCalls(db, { text: numberFragment, limit: 50 }));
  const searchNameMs = await median(() => searchCalls(db, { text: name, limit: 50 }));
  const searchMs = await median(async () => {
    await searchCalls(db, { text: numberFragment, limit: 50 });
    await searchCalls(db, { text: name, limit: 50 });
  });
  const csvMs = await median(async () => {
    const chunks: string[] = [];
    for await (const chunk of callsCsvStream(iterateCalls(db, 1000))) chunks.push(chunk);
    return chunks.join('').length;
  });
  db.close();
  return { recentMs, missedMs, searchMs, searchNumberMs, searchNameMs, csvMs, fillMs };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(RUNS / 2)] ?? Number.NaN);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
