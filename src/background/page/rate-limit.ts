/**
 * A token bucket per origin (issue 4: CALL_REQUESTs are rate-limited). Pure:
 * the bucket is a value the caller keeps in session storage.
 *
 * A CRM page asks for a call when the agent clicks "Call"; a burst of three
 * and then one every ten seconds is far above that and far below what toll
 * fraud or a consent-window flood needs.
 */
export interface Bucket {
  readonly tokens: number;
  /** When `tokens` was last computed (ms). */
  readonly at: number;
}

export interface RateRule {
  readonly burst: number;
  readonly refillEveryMs: number;
}

export const PAGE_REQUEST_RULE: RateRule = { burst: 3, refillEveryMs: 10_000 };
/** Trusted clicks are the agent's own, but a runaway script-driven page must not dial in a loop either. */
export const CLICK_RULE: RateRule = { burst: 10, refillEveryMs: 1_000 };

export function takeToken(bucket: Bucket | undefined, now: number, rule: RateRule): { allowed: boolean; bucket: Bucket } {
  const start = bucket === undefined || !Number.isFinite(bucket.tokens) || bucket.at > now ? { tokens: rule.burst, at: now } : bucket;
  const refilled = Math.min(rule.burst, start.tokens + (now - start.at) / rule.refillEveryMs);
  if (refilled < 1) return { allowed: false, bucket: { tokens: refilled, at: now } };
  return { allowed: true, bucket: { tokens: refilled - 1, at: now } };
}
