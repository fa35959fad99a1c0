import browser from 'webextension-polyfill';
import { err, type Result } from '../result';
import type { ContentResponses, ContentSpec } from '../protocol/page-protocol';
import type { PayloadOf } from './edge';

/**
 * The worker's typed sender to one content script (one frame of one tab).
 * Content scripts are not reached by `runtime.sendMessage`, so this edge uses
 * `tabs.sendMessage` with an explicit frame: a message meant for one page's
 * frame must never reach its siblings (issue 4: events only to the page that
 * asked). Resolves to a `Result`, never rejects: a tab that navigated away or
 * closed answers as `unreachable-context`.
 */
export async function toContent<K extends keyof ContentSpec & string>(
  tabId: number,
  frameId: number,
  type: K,
  payload: PayloadOf<ContentSpec, K>,
): Promise<Result<ContentResponses[K]>> {
  let response: unknown;
  try {
    response = await browser.tabs.sendMessage(tabId, { target: 'content', type, payload }, { frameId });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err('unreachable-context', `The page did not answer (${detail}).`);
  }
  if (typeof response !== 'object' || response === null || !('ok' in response)) {
    return err('no-answer', `The page did not answer ${type}.`);
  }
  return response as Result<ContentResponses[K]>;
}
