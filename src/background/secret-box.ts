/**
 * The SIP password at rest. `chrome.storage.local` is readable by content
 * scripts unless Chrome can restrict it (setAccessLevel on the local area is
 * recent), and content scripts run next to untrusted pages. So the password
 * is stored sealed with AES-GCM under a non-extractable key that lives in the
 * extension origin's IndexedDB, which no content script can open (they run
 * in the page's origin). Only extension pages and the worker can unseal it.
 */
export interface Sealed {
  readonly iv: string;
  readonly data: string;
}

const DB = 'switchboard-keys';
const STORE = 'keys';
const KEY_ID = 'password-key';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

async function keyStore(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function theKey(factory: IDBFactory): Promise<CryptoKey> {
  const db = await keyStore(factory);
  try {
    const found = (await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID))) as CryptoKey | undefined;
    if (found !== undefined) return found;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const tx = db.transaction(STORE, 'readwrite');
    // add(), not put(): if another context created a key meanwhile, keep theirs.
    tx.objectStore(STORE).add(key, KEY_ID);
    await new Promise<void>((resolve) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
      tx.onabort = () => resolve();
    });
    return (await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID))) as CryptoKey;
  } finally {
    db.close();
  }
}

const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function seal(secret: string, factory: IDBFactory = indexedDB): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await theKey(factory), new TextEncoder().encode(secret));
  return { iv: b64(iv), data: b64(data) };
}

/** The secret, or null when it cannot be unsealed (the key store was cleared): the agent types it again. */
export async function unseal(sealed: Sealed, factory: IDBFactory = indexedDB): Promise<string | null> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(sealed.iv) }, await theKey(factory), unb64(sealed.data));
    return new TextDecoder().decode(plain);
  } catch (error) {
    console.warn('[switchboard] the saved password could not be unsealed:', error instanceof Error ? error.name : error);
    return null;
  }
}
