/**
 * The extension's own database (IndexedDB "switchboard"), read and written
 * from one of its pages (the popup, the history page): what the tests check
 * against, and histories too long to make with real calls.
 */
import type { Page } from 'playwright-core';

type Store = 'calls' | 'audit';

/** Every record of a store. */
export function storedRecords<T>(page: Page, store: Store): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('switchboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
}

/** Writes records straight into a store. */
export async function seedRecords(page: Page, store: Store, records: readonly object[]): Promise<void> {
  await page.evaluate(
    async ([name, rows]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('switchboard');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(name, 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [store, records] as const,
  );
}
