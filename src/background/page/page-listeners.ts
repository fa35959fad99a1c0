import { t } from '../../shared/i18n';
import { extractDialable } from '../../shared/phone/normalize-dial-input';
import { toContent } from '../../shared/messaging/to-content';
import type { CallContext } from '../../shared/protocol/call-context';
import type { Result } from '../../shared/result';
import { placeCall } from '../dialing';
import { loadState } from '../store';
import { forgetTab, framesOf } from './frames';
import { webOrigin } from './site-origin';

/**
 * The keyboard and context-menu paths to a call (issue 4): "Call ‹number›"
 * on selected text, and the `call-selection` shortcut. Both read the
 * selection with the detector, so "Call Jane at (212) 736-4190 today" calls
 * the number, and both dial through the dial plan like every other call.
 */
const MENU_ID = 'call-selection';
const MAX_SELECTION = 512;

interface SelectionSource {
  readonly text: string;
  readonly tab: chrome.tabs.Tab | undefined;
  readonly frameUrl: string | undefined;
  readonly source: CallContext['source'];
}

export async function callSelection(s: SelectionSource): Promise<Result<{ readonly callId: string }> | null> {
  const { settings } = await loadState();
  const found = extractDialable(s.text.slice(0, MAX_SELECTION), settings.defaultCountry);
  if (found === null) return null;
  const url = s.frameUrl ?? s.tab?.url;
  const origin = webOrigin(url);
  const result = await placeCall(found.ext !== undefined ? `${found.number};ext=${found.ext}` : found.number, undefined, {
    source: s.source,
    related: null,
    page: origin !== null && url !== undefined ? { url: url.slice(0, 2048), title: (s.tab?.title ?? '').slice(0, 512), origin } : null,
    requestId: null,
  });
  if (!result.ok) console.warn('[switchboard] could not call the selection:', result.error.message);
  return result;
}

export async function onMenuClick(info: chrome.contextMenus.OnClickData, tab?: chrome.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || info.selectionText === undefined) return;
  await callSelection({ text: info.selectionText, tab, frameUrl: info.frameUrl ?? info.pageUrl, source: 'context-menu' });
}

/** The shortcut: the selection of the active tab, from whichever of its frames has one (the top frame first). */
export async function onCallSelectionCommand(): Promise<void> {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const frames = await framesOf(tab.id);
  for (const frame of frames.length > 0 ? frames : [{ frameId: 0, origin: webOrigin(tab.url) ?? '' }]) {
    const r = await toContent(tab.id, frame.frameId, 'content/selectionNumber', {});
    if (r.ok && r.value !== null) {
      await callSelection({ text: r.value, tab, frameUrl: frame.frameId === 0 ? tab.url : frame.origin, source: 'selection' });
      return;
    }
  }
}

function createMenu(): void {
  chrome.contextMenus.removeAll(() => {
    // %s is Chrome's placeholder for the selected text.
    chrome.contextMenus.create({ id: MENU_ID, title: t('menuCallSelection'), contexts: ['selection'] }, () => void chrome.runtime.lastError);
  });
}

/**
 * Registers the listeners at the worker's top level (so the events that wake
 * it find them). Tests reach the handlers through `switchboardEvents`, as
 * for notifications in main.ts: Chrome gives automation no way to click a
 * context-menu item or press a browser-level shortcut.
 */
export function installPageListeners(): void {
  chrome.runtime.onInstalled.addListener(createMenu);
  chrome.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  chrome.commands.onCommand.addListener((command) => {
    if (command === 'call-selection') void onCallSelectionCommand();
  });
  chrome.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  const scope = globalThis as { switchboardEvents?: Record<string, unknown> };
  scope.switchboardEvents = { ...scope.switchboardEvents, contextMenu: onMenuClick, callSelection: onCallSelectionCommand };
}
