/**
 * Network errors the worker read from webRequest for our diagnostic probes
 * (see diagnose.ts), keyed by the probe's URL. A hint may arrive a little
 * after the probe's fetch failed, hence `waitFor`.
 */
export interface NetHint {
  readonly error: string;
  readonly at: number;
}

export class NetHints {
  private readonly hints = new Map<string, NetHint>();
  private readonly waiters = new Map<string, (h: NetHint) => void>();

  record(url: string, error: string, now = Date.now()): void {
    const hint = { error, at: now };
    const waiter = this.waiters.get(url);
    if (waiter !== undefined) {
      this.waiters.delete(url);
      waiter(hint);
      return;
    }
    // Keep a few unclaimed ones: the hint can beat the fetch's rejection.
    this.hints.set(url, hint);
    if (this.hints.size > 16) this.hints.delete(this.hints.keys().next().value as string);
  }

  /** The hint for `url`, waiting at most `timeoutMs` for it. */
  waitFor(url: string, since: number, timeoutMs: number): Promise<NetHint | null> {
    const known = this.hints.get(url);
    if (known !== undefined && known.at >= since - 50) {
      this.hints.delete(url);
      return Promise.resolve(known);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(url);
        resolve(null);
      }, timeoutMs);
      this.waiters.set(url, (hint) => {
        clearTimeout(timer);
        resolve(hint);
      });
    });
  }
}
