import * as v from 'valibot';
import { toBackground } from '../shared/messaging/channels';
import { PAGE_CHANNEL, PageCallRequestSchema, type PageCallMessage } from '../shared/protocol/page-protocol';
import { guardAsync } from './guard';

/**
 * The CRM page protocol (seeds/002, unchanged): a page posts CALL_REQUEST on
 * the BroadcastChannel `crm-agent-phone`; this relays it to the worker, which
 * decides (trusted site, or ask the agent). Call events come back through
 * `post`, on the same channel: a BroadcastChannel is shared by every context
 * of the origin, the content script's isolated world included.
 *
 * Everything else on the channel (our own CALL_* posts heard by sibling
 * frames, the page's other traffic) is ignored.
 */
const MAX_RELAYS = 10;
const RELAY_WINDOW_MS = 10_000;

/**
 * Every same-origin frame and tab with this content script hears a post, and
 * a BroadcastChannel message does not say who sent it. The worker acts on the
 * first relay of a request (and drops the rest), and its events go back to
 * that frame, whose page title and URL go into the call record; so the frame
 * most likely to be the sender relays first: the one the agent just clicked
 * in (user activation), then the focused one, then a visible top frame.
 */
export function relayDelay(doc: Document, win: Window): number {
  if (win.navigator.userActivation?.isActive === true) return 0;
  if (doc.hasFocus()) return 40;
  if (doc.visibilityState !== 'visible') return 400;
  return win.top === win ? 120 : 200;
}

export function relayPageRequests(signal: AbortSignal): { post(message: PageCallMessage): void } {
  const channel = new BroadcastChannel(PAGE_CHANNEL);
  let relays: number[] = [];
  channel.addEventListener(
    'message',
    guardAsync('page request', async (event: MessageEvent) => {
      const parsed = v.safeParse(PageCallRequestSchema, event.data);
      if (!parsed.success) return;
      // A page flooding the channel does not get to flood the worker too.
      const now = Date.now();
      relays = relays.filter((t) => now - t < RELAY_WINDOW_MS);
      if (relays.length >= MAX_RELAYS) return;
      relays.push(now);
      const delay = relayDelay(document, window);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal.aborted) return;
      await toBackground('content/pageCallRequest', { request: parsed.output, pageTitle: document.title.slice(0, 512) });
    }),
    { signal },
  );
  signal.addEventListener('abort', () => channel.close());
  return { post: (message) => channel.postMessage(message) };
}
