import browser from 'webextension-polyfill';
import type { SiteLists } from '../../shared/protocol/page-protocol';
import { MAX_SITES, webOrigin } from './site-origin';

/**
 * The agent's per-site choices (issue 4): where number detection is off and
 * which sites may dial without asking. Kept in `chrome.storage.local` under
 * its own key (the phone's settings stay in store.ts), as origins.
 */
const KEY = 'siteLists';
function clean(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((o): o is string => typeof o === 'string' && webOrigin(o) === o).slice(0, MAX_SITES);
}

export async function loadSites(): Promise<SiteLists> {
  const raw = ((await browser.storage.local.get(KEY)) as Record<string, unknown>)[KEY] as Partial<Record<keyof SiteLists, unknown>> | undefined;
  return { detectionOff: clean(raw?.detectionOff), trusted: clean(raw?.trusted) };
}

export async function updateSites(change: (lists: SiteLists) => SiteLists): Promise<SiteLists> {
  const next = change(await loadSites());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
