export const MIC_PAGE = 'src/permission/index.html';

/**
 * The offscreen document cannot ask for the microphone, so a visible
 * extension page does (Chrome's offscreen user-media sample). One tab at most:
 * focus it when it is already open.
 */
export async function openMicPage(reason: 'first-run' | 'denied'): Promise<void> {
  const url = chrome.runtime.getURL(MIC_PAGE);
  const open = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.TAB] });
  const existing = open.find((c) => c.documentUrl?.startsWith(url));
  if (existing !== undefined && existing.tabId >= 0) {
    // Reuse the tab, but with the words for why it is shown now.
    await chrome.tabs.update(existing.tabId, { active: true, url: `${url}?reason=${reason}` });
    return;
  }
  await chrome.tabs.create({ url: `${url}?reason=${reason}` });
}
