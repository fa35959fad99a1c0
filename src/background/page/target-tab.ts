/**
 * The web page the popup's "Numbers on this page" and "Detect numbers on this
 * site" act on: the active tab of the last focused window. When that tab is
 * one of the extension's own pages (the popup opened as a tab, the options
 * page), the most recently used web tab instead.
 */
export async function targetTab(): Promise<chrome.tabs.Tab | null> {
  const own = chrome.runtime.getURL('');
  const isWeb = (t: chrome.tabs.Tab) => t.id !== undefined && t.url !== undefined && /^https?:/.test(t.url) && !t.url.startsWith(own);
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (active !== undefined && isWeb(active)) return active;
  if (active?.url !== undefined && !active.url.startsWith(own)) return null;
  const web = (await chrome.tabs.query({})).filter(isWeb);
  web.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web[0] ?? null;
}
