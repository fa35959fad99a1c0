import type { SwitchboardDb } from './database';
import type { MetaKey, MetaValues } from './records';
import { checkTime } from './validate';

export async function getMeta<K extends MetaKey>(db: SwitchboardDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: SwitchboardDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

/** 0 when the agent has never looked: every missed call is then new. */
export async function getMissedSeenAt(db: SwitchboardDb): Promise<number> {
  return (await getMeta(db, 'missedSeenAt')) ?? 0;
}

/**
 * Only moves forward: with the popup and the history page both open, the
 * later look wins whichever writes last.
 */
export async function markMissedSeen(db: SwitchboardDb, at: number): Promise<number> {
  checkTime(at, 'at');
  return db.transaction('rw', db.meta, async () => {
    const seen = Math.max(at, await getMissedSeenAt(db));
    await setMeta(db, 'missedSeenAt', seen);
    return seen;
  });
}
