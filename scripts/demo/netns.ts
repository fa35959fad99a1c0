/**
 * As root, the demo re-runs itself in a private network namespace whose only
 * interface is loopback, like the end-to-end suite (test/e2e/run.mjs, LAB.md):
 * Chromium would otherwise send the call's media over the host's own
 * interface address, and nothing the demo does should leave 127.0.0.0/8.
 */
import { spawn } from 'node:child_process';

export function shouldUseNetns(headless: boolean): boolean {
  // Headed, Chromium must reach the X server, whose abstract socket is per namespace.
  return headless && process.getuid?.() === 0 && process.env.SWITCHBOARD_NETNS !== '1' && process.env.SWITCHBOARD_NO_NETNS !== '1';
}

/** Runs this same script inside `unshare --net`; resolves with its exit code. */
export function rerunInNetns(): Promise<number> {
  const self = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const child = spawn('unshare', ['--net', '--', 'sh', '-c', 'ip link set lo up && SWITCHBOARD_NETNS=1 exec "$@"', 'sh', ...self], { stdio: 'inherit' });
  // Ctrl-C reaches the child directly (same process group); it stops
  // everything and exits, and then so do we. Other signals are passed on.
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`demo: could not start unshare: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
}
