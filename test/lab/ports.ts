import net from 'node:net';
import os from 'node:os';

/**
 * A TCP port on 127.0.0.1 that was free a moment ago. The OS picks it (port
 * 0), so parallel runs don't collide; a race with another process remains
 * possible, which is why startKamailio() retries with new ports on a bind
 * failure.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('freePort: no TCP address'));
        return;
      }
      const { port } = address;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a listener could bind 127.0.0.1:port right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Polls `probe` until it returns true. Tests and the lab wait on observable
 * state instead of fixed sleeps; the short interval keeps that fast.
 */
export async function waitUntil(
  probe: () => Promise<boolean> | boolean,
  { timeoutMs = 10_000, intervalMs = 20, what = 'condition' }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * True inside a network namespace whose only interface is loopback
 * (`unshare -n`). Outside one, Chromium prefers the host's own interface
 * address for media even with loopback candidates allowed, so the lab's
 * "everything stays on 127.0.0.0/8" promise only holds in here.
 */
export function onlyLoopbackInterfaces(): boolean {
  return Object.values(os.networkInterfaces()).every((addresses) => (addresses ?? []).every((a) => a.internal));
}
