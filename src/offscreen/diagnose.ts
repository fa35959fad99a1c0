import type { FailureKind } from './connection-errors';
import type { NetHints } from './net-hints';

const PROBE_TIMEOUT_MS = 4_000;

/** The plain-HTTP(S) address of a WebSocket server, tagged so the worker knows the probe is ours. */
export function probeUrl(serverUrl: string, nonce: string): string {
  const u = new URL(serverUrl);
  const scheme = u.protocol === 'wss:' ? 'https:' : 'http:';
  return `${scheme}//${u.host}/?switchboard-probe=${nonce}`;
}

/**
 * Finds out why a WebSocket could not connect. Browsers report every
 * WebSocket failure alike (close code 1006, and `net::ERR_FAILED` even to
 * webRequest), but a plain request to the same host and port fails with the
 * real reason, which the worker reads from webRequest and forwards here:
 * `ERR_CERT_*` (certificate not trusted), `ERR_CONNECTION_REFUSED` (nothing
 * listens)... A probe that gets any answer means the server is there and
 * trusted but refused the WebSocket itself.
 */
export async function diagnoseConnectFailure(serverUrl: string, hints: NetHints): Promise<FailureKind | 'websocket-refused'> {
  const probe = probeUrl(serverUrl, crypto.randomUUID());
  const since = Date.now();
  try {
    await fetch(probe, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return 'websocket-refused';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  }
  const hint = await hints.waitFor(probe, since, 1_000);
  if (hint === null) return 'unreachable';
  if (/CERT|SSL/i.test(hint.error)) return 'tls-untrusted';
  if (/TIMED_OUT/i.test(hint.error)) return 'timeout';
  return 'unreachable';
}
