import type { SwitchboardDb } from './database';
import { CALL_OUTCOMES, type CallDirection, type CallOutcome, type CallRecord } from './records';
import { indexTerms, isEmptySearch, matchesSearch, parseSearchText, type SearchTerms } from './search-tokens';
import { checkCount, checkNumber, checkOneOf, checkText, checkTime, invalid } from './validate';

/**
 * What the views ask of the call log. Every query starts from an index
 * (schema-v2.ts lists them) so that it stays fast with 100,000 calls; what is
 * filtered in memory is only what no index narrows well (direction).
 */

const MAX_PAGE = 1000;
const DAY_MS = 86_400_000;

/**
 * Where a page of the history ended. The id breaks ties between calls that
 * started in the same millisecond, which a bare `startedAt` would skip or
 * repeat at a page boundary.
 */
export interface CallCursor {
  readonly startedAt: number;
  readonly id: string;
}

export function cursorOf(call: CallRecord): CallCursor {
  return { startedAt: call.startedAt, id: call.id };
}

/**
 * Newest first, `limit` at a time, for infinite scroll: pass the last call of
 * a page (as `cursorOf(call)`) to get the next. A number `before` means
 * "started strictly before this time".
 */
export async function recentCalls(
  db: SwitchboardDb,
  options: { limit: number; before?: number | CallCursor },
): Promise<CallRecord[]> {
  const limit = checkCount(options.limit, 'limit', { min: 1, max: MAX_PAGE });
  const { before } = options;
  if (before === undefined) return db.calls.orderBy('startedAt').reverse().limit(limit).toArray();
  if (typeof before === 'number') return db.calls.where('startedAt').below(checkTime(before, 'before')).reverse().limit(limit).toArray();
  const startedAt = checkTime(before.startedAt, 'before.startedAt');
  const id = checkText(before.id, 'before.id', 200);
  // In a reversed index walk IndexedDB orders equal startedAt by id, descending
  // (https://w3c.github.io/IndexedDB/#iterate-a-cursor): the calls after the
  // cursor are the older ones and the same-millisecond ones with a smaller id.
  return db.calls
    .where('startedAt')
    .belowOrEqual(startedAt)
    .reverse()
    .filter((call) => call.startedAt < startedAt || call.id < id)
    .limit(limit)
    .toArray();
}

/**
 * Every call, newest first, a page at a time: for exports that should not
 * hold 100,000 records at once. Keyset paging on the startedAt index (each
 * page starts where the last ended, remembering the ids already given at that
 * instant), so every page is one cursor walk: in Chromium a fetch by key per
 * record was 30 s for 100,000 calls. Calls that start after the export began
 * sort above the first page and are not included.
 */
export async function* iterateCalls(db: SwitchboardDb, pageSize = 500): AsyncGenerator<CallRecord[]> {
  checkCount(pageSize, 'pageSize', { min: 1, max: 10_000 });
  let edge = Infinity;
  let givenAtEdge = new Set<string>();
  for (;;) {
    const at = edge;
    const seen = givenAtEdge;
    const page = await db.calls
      .where('startedAt')
      .belowOrEqual(at)
      .reverse()
      .filter((c) => !(c.startedAt === at && seen.has(c.id)))
      .limit(pageSize)
      .toArray();
    if (page.length === 0) return;
    yield page;
    const last = (page[page.length - 1] as CallRecord).startedAt;
    if (last !== edge) givenAtEdge = new Set();
    edge = last;
    for (const c of page) if (c.startedAt === edge) givenAtEdge.add(c.id);
  }
}

/**
 * Missed calls that ended after `since` (usually getMissedSeenAt()). Counted
 * by when they ended, not started: a call still ringing when the agent opened
 * the missed list becomes missed afterwards, and must still raise the badge.
 */
export async function missedCount(db: SwitchboardDb, since: number): Promise<number> {
  checkTime(since, 'since');
  return db.calls.where('[outcome+endedAt]').between(['missed', since], ['missed', Infinity], false, true).count();
}

export async function getCall(db: SwitchboardDb, id: string): Promise<CallRecord | undefined> {
  return db.calls.get(checkText(id, 'id', 200));
}

/** The history with one number, newest first. */
export async function callsWithNumber(db: SwitchboardDb, remoteE164: string, limit: number): Promise<CallRecord[]> {
  checkCount(limit, 'limit', { min: 1, max: MAX_PAGE });
  const calls = await db.calls.where('remoteE164').equals(checkText(remoteE164, 'remoteE164', 16)).toArray();
  return calls.sort(newestFirst).slice(0, limit);
}

export interface CallSearch {
  /** A name (word prefixes) or a number fragment, or both: "jane 0123". */
  readonly text?: string;
  readonly direction?: CallDirection;
  readonly outcome?: CallOutcome;
  readonly disposition?: string;
  /** Inclusive bounds on startedAt. */
  readonly from?: number;
  readonly to?: number;
  readonly limit: number;
  readonly offset?: number;
}

/**
 * Up to this many candidates from an index are fetched and sorted in memory;
 * more (a one-letter name, a common disposition) and it is cheaper to walk
 * newest first and stop when the page is full, since matches are then dense.
 */
const SPARSE_CANDIDATES = 2000;

export async function searchCalls(db: SwitchboardDb, search: CallSearch): Promise<CallRecord[]> {
  const q = checkSearch(search);
  const matches = (call: CallRecord): boolean =>
    call.startedAt >= q.from &&
    call.startedAt <= q.to &&
    (q.direction === undefined || call.direction === q.direction) &&
    (q.outcome === undefined || call.outcome === q.outcome) &&
    (q.disposition === undefined || call.disposition === q.disposition) &&
    (q.terms === null || matchesSearch(call.searchTokens, q.terms));

  const candidates = await candidateIds(db, q);
  if (candidates !== null && candidates.size <= SPARSE_CANDIDATES) {
    const calls = await db.calls.bulkGet([...candidates]);
    return calls
      .filter((call): call is CallRecord => call !== undefined && matches(call))
      .sort(newestFirst)
      .slice(q.offset, q.offset + q.limit);
  }
  const newest =
    q.outcome !== undefined
      ? db.calls.where('[outcome+startedAt]').between([q.outcome, q.from], [q.outcome, q.to], true, true)
      : q.from === 0 && q.to === Infinity
        ? db.calls.orderBy('startedAt')
        : db.calls.where('startedAt').between(q.from, q.to, true, true);
  return newest
    .reverse()
    .filter((call) => (candidates === null || candidates.has(call.id)) && matches(call))
    .offset(q.offset)
    .limit(q.limit)
    .toArray();
}

/**
 * Ids from the indexes that can narrow this search, or null when only a
 * time-ordered walk fits. Every indexable term is looked up (keys only, which
 * is cheap) and the sets intersected: over 100,000 calls, "jane doe" is
 * thousands of "jane"s and thousands of "doe"s but a few hundred of both.
 */
async function candidateIds(db: SwitchboardDb, q: CheckedSearch): Promise<Set<string> | null> {
  const terms = q.terms === null ? [] : indexTerms(q.terms);
  const lookups = terms.map((term) => db.calls.where('searchTokens').startsWith(term).primaryKeys());
  // With an outcome, [outcome+startedAt] already walks only that outcome, newest first.
  if (q.disposition !== undefined && q.outcome === undefined) {
    lookups.push(db.calls.where('disposition').equals(q.disposition).primaryKeys());
  }
  if (lookups.length === 0) return null;
  const [smallest, ...others] = (await Promise.all(lookups)).map((keys) => new Set(keys)).sort((a, b) => a.size - b.size);
  if (smallest === undefined) return null;
  for (const id of smallest) if (!others.every((keys) => keys.has(id))) smallest.delete(id);
  return smallest;
}

interface CheckedSearch {
  readonly terms: SearchTerms | null;
  readonly direction: CallDirection | undefined;
  readonly outcome: CallOutcome | undefined;
  readonly disposition: string | undefined;
  readonly from: number;
  readonly to: number;
  readonly limit: number;
  readonly offset: number;
}

function checkSearch(search: CallSearch): CheckedSearch {
  const text = search.text === undefined ? '' : checkText(search.text, 'text', 200);
  const terms = parseSearchText(text);
  const from = search.from === undefined ? 0 : checkTime(search.from, 'from');
  const to = search.to === undefined ? Infinity : checkTime(search.to, 'to');
  if (from > to) throw invalid(`from (${from}) is after to (${to})`);
  return {
    terms: isEmptySearch(terms) ? null : terms,
    direction: search.direction === undefined ? undefined : checkOneOf(search.direction, 'direction', ['inbound', 'outbound'] as const),
    outcome: search.outcome === undefined ? undefined : checkOneOf(search.outcome, 'outcome', CALL_OUTCOMES),
    disposition: search.disposition === undefined ? undefined : checkText(search.disposition, 'disposition', 100),
    from,
    to,
    limit: checkCount(search.limit, 'limit', { min: 1, max: MAX_PAGE }),
    offset: search.offset === undefined ? 0 : checkCount(search.offset, 'offset'),
  };
}

/** The order of a reversed startedAt index walk, so both search paths page the same way. */
function newestFirst(a: CallRecord, b: CallRecord): number {
  return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Deletes the given calls, except live ones: the offscreen document is still
 * writing those, and will need them when the call ends. Returns how many went.
 */
export async function deleteCalls(db: SwitchboardDb, ids: readonly string[]): Promise<number> {
  if (!Array.isArray(ids)) throw invalid('ids must be a list of call ids');
  ids.forEach((id, i) => checkText(id, `ids[${i}]`, 200));
  return db.transaction('rw', db.calls, async () => {
    const calls = await db.calls.bulkGet([...ids]);
    const deletable = calls.filter((call): call is CallRecord => call !== undefined && call.outcome !== 'live').map((c) => c.id);
    await db.calls.bulkDelete(deletable);
    return deletable.length;
  });
}

/** "Clear history": every call that is not live, and the audit log. */
export async function clearAll(db: SwitchboardDb): Promise<{ calls: number; audit: number }> {
  return db.transaction('rw', db.calls, db.audit, async () => {
    const calls = await db.calls.where('outcome').notEqual('live').delete();
    const audit = await db.audit.count();
    await db.audit.clear();
    return { calls, audit };
  });
}

export interface RetentionPolicy {
  /** Keep calls that started in the last `maxDays` days. */
  readonly maxDays?: number;
  /** Keep at most this many calls, the newest. */
  readonly maxRecords?: number;
}

/**
 * Deletes the oldest calls beyond the policy, never a live one (it may be
 * days old only because the heartbeat kept it alive; it is not history yet).
 * Live calls count towards `maxRecords` but are kept even past it. Returns
 * how many calls were deleted.
 */
export async function applyRetention(db: SwitchboardDb, policy: RetentionPolicy, now: number): Promise<number> {
  checkTime(now, 'now');
  const maxDays = policy.maxDays === undefined ? undefined : checkNumber(policy.maxDays, 'maxDays', 0, 1e6);
  const maxRecords = policy.maxRecords === undefined ? undefined : checkCount(policy.maxRecords, 'maxRecords');
  return db.transaction('rw', db.calls, async () => {
    // Keys only, throughout: retention over 100,000 calls should not load them.
    const live = new Set(await db.calls.where('outcome').equals('live').primaryKeys());
    let deleted = 0;
    if (maxDays !== undefined) {
      const old = await db.calls.where('startedAt').below(now - maxDays * DAY_MS).primaryKeys();
      const doomed = old.filter((id) => !live.has(id));
      await db.calls.bulkDelete(doomed);
      deleted += doomed.length;
    }
    if (maxRecords !== undefined) {
      const excess = (await db.calls.count()) - maxRecords;
      if (excess > 0) {
        const oldest = await db.calls.orderBy('startedAt').limit(excess + live.size).primaryKeys();
        const doomed = oldest.filter((id) => !live.has(id)).slice(0, excess);
        await db.calls.bulkDelete(doomed);
        deleted += doomed.length;
      }
    }
    return deleted;
  });
}
