/**
 * Everything the demo starts registers how to stop it here; stopAll() runs
 * them newest first, once, whether the demo ends by itself, fails, or gets
 * Ctrl-C / SIGTERM.
 */
type Stopper = { what: string; stop: () => Promise<void> };
const stoppers: Stopper[] = [];
let stopping: Promise<void> | null = null;
let signalled = false;

/** True once Ctrl-C or SIGTERM arrived: what fails after that is the stop itself, not worth a report. */
export function interrupted(): boolean {
  return signalled;
}

export function onStop(what: string, stop: () => Promise<void>): void {
  stoppers.push({ what, stop });
}

export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const s of stoppers.reverse()) {
      // A stopper that fails must not keep the others from running.
      await s.stop().catch((error: unknown) => console.error(`demo: stopping ${s.what} failed: ${String(error)}`));
    }
  })();
  return stopping;
}

/**
 * Ctrl-C and SIGTERM stop everything, then exit. A second Ctrl-C while
 * stopping exits at once (Kamailio's watchdog still takes it down).
 */
export function stopOnSignals(onSignal: (signal: NodeJS.Signals) => void, onStopped: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (signalled) process.exit(130);
      signalled = true;
      onSignal(signal);
      void stopAll().then(() => {
        onStopped();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    });
  }
}
