import { exclusive, readSession, removeSession, sessionEntries, writeSession } from './session-store';
import { takeToken, type Bucket, type RateRule } from './rate-limit';

/** Takes a token from the origin's bucket for `kind`, kept in session storage. */
export function withinRate(kind: 'request' | 'click', origin: string, rule: RateRule, now = Date.now()): Promise<boolean> {
  return exclusive(async () => {
    const key = `rate:${kind}:${origin}`;
    const result = takeToken(await readSession<Bucket>(key), now, rule);
    await writeSession({ [key]: result.bucket });
    return result.allowed;
  });
}

const SEEN_MS = 60_000;

/**
 * True the first time a request key is seen within a minute. Every frame of
 * the page's origin hears a BroadcastChannel post and relays it; only the
 * first relay counts.
 */
export function firstSighting(key: string, now = Date.now()): Promise<boolean> {
  return exclusive(async () => {
    const storageKey = `seen:${key.slice(0, 400)}`;
    const seenAt = await readSession<number>(storageKey);
    if (seenAt !== undefined && now - seenAt < SEEN_MS) return false;
    const stale = (await sessionEntries<number>('seen:')).filter(([, at]) => now - at >= SEEN_MS).map(([k]) => k);
    if (stale.length > 0) await removeSession(stale);
    await writeSession({ [storageKey]: now });
    return true;
  });
}
