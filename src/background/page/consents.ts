import type { PendingConsent } from '../../shared/protocol/page-protocol';
import { CONSENT_TTL_MS } from './consent';
import { exclusive, readSession, removeSession, sessionEntries, writeSession } from './session-store';

/**
 * CALL_REQUESTs from sites the agent has not trusted, waiting for the agent
 * in the consent window (src/consent). What the window shows is
 * `PendingConsent`; the rest stays in the worker.
 */
export interface StoredConsent extends PendingConsent {
  readonly tabId: number;
  readonly frameId: number;
  readonly pageUrl: string;
  readonly related: { readonly type: string; readonly id: string } | null;
  readonly requestId: string | null;
  /** The number as the page wrote it. */
  readonly requested: string;
}

const PREFIX = 'consent:';
export const CONSENT_PAGE = 'src/consent/index.html';

export function publicConsent(c: StoredConsent): PendingConsent {
  return { key: c.key, origin: c.origin, number: c.number, display: c.display, pageTitle: c.pageTitle, expiresAt: c.expiresAt };
}

export async function pendingFor(origin: string, now = Date.now()): Promise<boolean> {
  return (await sessionEntries<StoredConsent>(PREFIX)).some(([, c]) => c.origin === origin && c.expiresAt > now);
}

export async function saveConsent(c: Omit<StoredConsent, 'key' | 'expiresAt'>, now = Date.now()): Promise<StoredConsent> {
  const stored: StoredConsent = { ...c, key: crypto.randomUUID(), expiresAt: now + CONSENT_TTL_MS };
  await writeSession({ [`${PREFIX}${stored.key}`]: stored });
  return stored;
}

export async function peekConsent(key: string, now = Date.now()): Promise<StoredConsent | null> {
  const c = await readSession<StoredConsent>(`${PREFIX}${key}`);
  return c !== undefined && c.expiresAt > now ? c : null;
}

/** Removes and returns the request: each question is answered once, however many clicks arrive. */
export function takeConsent(key: string, now = Date.now()): Promise<StoredConsent | null> {
  return exclusive(async () => {
    const c = await readSession<StoredConsent>(`${PREFIX}${key}`);
    if (c === undefined) return null;
    await removeSession(`${PREFIX}${key}`);
    return c.expiresAt > now ? c : null;
  });
}

export async function dropExpiredConsents(now = Date.now()): Promise<void> {
  const stale = (await sessionEntries<StoredConsent>(PREFIX)).filter(([, c]) => c.expiresAt <= now).map(([k]) => k);
  if (stale.length > 0) await removeSession(stale);
}

/** A small extension window, in front of the page that asked: the page cannot draw over it or click it. */
export async function openConsentWindow(key: string): Promise<void> {
  await chrome.windows.create({
    url: chrome.runtime.getURL(`${CONSENT_PAGE}?key=${encodeURIComponent(key)}`),
    type: 'popup',
    width: 440,
    height: 300,
    focused: true,
  });
}
