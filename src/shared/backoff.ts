/**
 * Reconnection delays: exponential with "full jitter", so that a whole call
 * center whose PBX restarts does not reconnect in lockstep
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 * A floor keeps a retry from hammering the server at once.
 */
export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  readonly minMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, maxMs: 60_000, minMs: 250 };

/** Delay before retry number `attempt` (0 for the first retry). `random` is in [0, 1). */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exp = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.max(options.minMs, Math.floor(random() * exp));
}
