/**
 * History at scale (issue 5): with 0, 10,000 and 100,000 calls in the real
 * IndexedDB of the built extension, the popup's first render of the recent
 * list, the snapshot behind the badge (which counts missed calls), a search
 * on the history page, and a CSV export of everything.
 */
import { afterAll, beforeAll, it } from 'vitest';
import type { Page } from 'playwright-core';
import { realisticCalls } from '../../src/shared/db/fixtures.ts';
import { startKamailio, type KamailioHandle } from '../lab/kamailio.ts';
import { launchExtension, type ExtensionHandle } from '../e2e/support/extension.ts';
import { configureAccount } from '../e2e/support/options-page.ts';
import { report } from './stats.ts';

const SIZES = (process.env.SWITCHBOARD_BENCH_SIZES ?? '0,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.SWITCHBOARD_BENCH_RUNS ?? 5);

let pbx: KamailioHandle;
beforeAll(async () => {
  pbx = await startKamailio();
});
afterAll(async () => {
  await pbx?.stop();
});

/** Writes records straight into the extension's database, in the shape the current schema stores. */
async function fill(page: Page, n: number): Promise<void> {
  const records = realisticCalls(n, { seed: 7, now: Date.now() });
  for (let i = 0; i < records.length; i += 5000) {
    const chunk = records.slice(i, i + 5000);
    await page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('switchboard');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('calls', 'readwrite');
        const store = tx.objectStore('calls');
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, chunk);
  }
}

async function popupFirstRender(ext: ExtensionHandle): Promise<number> {
  const page = await ext.openPage('src/popup/index.html');
  const at = await page.waitForFunction(() => performance.getEntriesByName('switchboard:recent-rendered')[0]?.startTime ?? 0, undefined, { polling: 5 });
  const value = Number(await at.jsonValue());
  await page.close();
  return value;
}

async function snapshotRoundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t = performance.now();
    await chrome.runtime.sendMessage({ target: 'background', type: 'ui/getSnapshot', payload: {} });
    return performance.now() - t;
  });
}

it('history at 0, 10k and 100k calls', async () => {
  const rows: Array<[string, number[]]> = [];
  for (const n of SIZES) {
    const ext = await launchExtension({ spki: pbx.certSpki });
    await configureAccount(ext, { serverUrl: pbx.wsUrl, sipAddress: '1001', sipDomain: pbx.domain, password: 'secret1001' });
    const history = await ext.openPage('src/history/index.html');
    await history.getByRole('heading', { name: 'Call history' }).waitFor();
    const tFill = performance.now();
    await fill(history, n);
    process.stdout.write(`filled ${n} calls in ${((performance.now() - tFill) / 1000).toFixed(1)} s\n`);

    const render: number[] = [];
    const snapshot: number[] = [];
    const search: number[] = [];
    const csv: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      render.push(await popupFirstRender(ext));
      snapshot.push(await snapshotRoundTrip(history));
      await history.reload();
      await history.getByRole('heading', { name: 'Call history' }).waitFor();
      if (n > 0) await history.getByTestId('history-row').first().waitFor();
      const box = history.getByLabel('Search by number or name');
      const t = performance.now();
      await box.fill('jane');
      if (n > 0) await history.getByTestId('history-row').filter({ hasText: 'Jane' }).first().waitFor();
      else await history.getByText('No calls match.').waitFor();
      search.push(performance.now() - t);
      await box.fill('');
      const tCsv = performance.now();
      const [download] = await Promise.all([history.waitForEvent('download', { timeout: 600_000 }), history.getByRole('button', { name: 'Export CSV' }).click()]);
      await download.path();
      csv.push(performance.now() - tCsv);
    }
    rows.push([`${n} calls: popup → recent list rendered (from navigation)`, render]);
    rows.push([`${n} calls: snapshot with missed count (badge)`, snapshot]);
    rows.push([`${n} calls: history search "jane" → rows`, search]);
    rows.push([`${n} calls: CSV export of everything`, csv]);
    await ext.close();
  }
  report('history in Chromium', rows);
});
