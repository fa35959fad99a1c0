import browser from 'webextension-polyfill';

/**
 * Click-to-call's short-lived state lives in `chrome.storage.session`, not in
 * worker globals: Chrome may stop the worker between a page's CALL_REQUEST
 * and the call's last event (README: the worker is a router that can die at
 * any moment). Session storage survives that and is cleared with the browser.
 *
 * Read-modify-write sequences (a rate-limit bucket, "is this request a
 * duplicate?") run one at a time through `exclusive`: several frames of the
 * same origin relay the same BroadcastChannel message at once. The queue is
 * only a lock, never state: if the worker dies, nothing is lost but the wait.
 */
let queue: Promise<unknown> = Promise.resolve();

export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function readSession<T>(key: string): Promise<T | undefined> {
  const got = (await browser.storage.session.get(key)) as Record<string, unknown>;
  return got[key] as T | undefined;
}

export async function readSessionMany<T>(keys: readonly string[]): Promise<Record<string, T>> {
  if (keys.length === 0) return {};
  return (await browser.storage.session.get([...keys])) as Record<string, T>;
}

export function writeSession(values: Record<string, unknown>): Promise<void> {
  return browser.storage.session.set(values);
}

export function removeSession(keys: string | readonly string[]): Promise<void> {
  return browser.storage.session.remove(typeof keys === 'string' ? keys : [...keys]);
}

/** Entries whose key starts with `prefix` (`getKeys` needs Chrome 130; the manifest allows 116). */
export async function sessionEntries<T>(prefix: string): Promise<Array<[string, T]>> {
  const all = (await browser.storage.session.get(null)) as Record<string, T>;
  return Object.entries(all).filter(([k]) => k.startsWith(prefix));
}
