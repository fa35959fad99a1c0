import { readSession, removeSession, sessionEntries, writeSession } from './session-store';

/**
 * The frames of each tab that run the content script, so the worker can ask
 * each of them (numbers for the popup's list, the selected text for the
 * shortcut) and tell them when the agent changes a site's setting. Chrome
 * offers no list of frames without the `webNavigation` permission; every
 * content script introduces itself with `content/getPageConfig`.
 *
 * One session-storage key per frame, so frames starting together never
 * overwrite each other's entry. Entries of documents that navigated away are
 * dropped when a message to them fails, and a tab's when it closes.
 */
export interface FrameEntry {
  readonly tabId: number;
  readonly frameId: number;
  readonly origin: string;
  readonly at: number;
}

const PREFIX = 'frame:';
/** A page with more frames than this is an ad farm; the newest ones win. */
const MAX_FRAMES_PER_TAB = 32;

const keyOf = (tabId: number, frameId: number) => `${PREFIX}${tabId}:${frameId}`;

export async function registerFrame(entry: FrameEntry): Promise<void> {
  const previous = await readSession<FrameEntry>(keyOf(entry.tabId, entry.frameId));
  if (previous?.origin === entry.origin && entry.at - previous.at < 60_000) return;
  await writeSession({ [keyOf(entry.tabId, entry.frameId)]: entry });
  const frames = await framesOf(entry.tabId);
  if (frames.length > MAX_FRAMES_PER_TAB) {
    const oldest = frames.sort((a, b) => a.at - b.at).slice(0, frames.length - MAX_FRAMES_PER_TAB);
    await removeSession(oldest.map((f) => keyOf(f.tabId, f.frameId)));
  }
}

/** The tab's frames, the top frame first. */
export async function framesOf(tabId: number): Promise<FrameEntry[]> {
  const entries = await sessionEntries<FrameEntry>(`${PREFIX}${tabId}:`);
  return entries.map(([, f]) => f).sort((a, b) => a.frameId - b.frameId);
}

export async function allFrames(): Promise<FrameEntry[]> {
  return (await sessionEntries<FrameEntry>(PREFIX)).map(([, f]) => f);
}

export function forgetFrame(tabId: number, frameId: number): Promise<void> {
  return removeSession(keyOf(tabId, frameId));
}

export async function forgetTab(tabId: number): Promise<void> {
  const entries = await sessionEntries<FrameEntry>(`${PREFIX}${tabId}:`);
  await removeSession(entries.map(([k]) => k));
}
