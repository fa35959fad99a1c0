import type { CallEvent } from '../shared/call-events';
import { toContent } from '../shared/messaging/to-content';
import type { PageCallMessage } from '../shared/protocol/page-protocol';
import { pageMessageFor, type PageCallRecord } from './page/page-call';
import { claimEvent, findPageCall, forgetPageCall } from './page/page-calls';

/**
 * Call events for the page that requested the call (issue 4: the CRM page
 * protocol). Only calls recorded in page/page-calls.ts have a page, and a
 * call is recorded only when its site is trusted or the agent said "Call":
 * nothing about other calls ever reaches a page.
 */
export async function forwardCallEvent(event: CallEvent): Promise<void> {
  const record = await claimEvent(event);
  if (record !== null) await deliverEvent(event, record);
}

export async function deliverEvent(event: CallEvent, record: PageCallRecord): Promise<void> {
  const message = pageMessageFor(event, record);
  if (message !== null) await postToPage(record, message);
}

/** Posts one message on the requesting frame's crm-agent-phone channel; a page that went away is not an error. */
export async function postToPage(target: Pick<PageCallRecord, 'tabId' | 'frameId' | 'origin'>, message: PageCallMessage): Promise<void> {
  const sent = await toContent(target.tabId, target.frameId, 'content/postToPage', { origin: target.origin, message });
  if (!sent.ok && sent.error.code !== 'unreachable-context') console.warn('[switchboard] page message not delivered:', sent.error.message);
}

/**
 * Sends CALL_WRAPUP (the agent's disposition and notes) to the page that
 * requested `callId`, if a page did; called by call history once the agent
 * saves the wrap-up. The last message about that call: its record goes.
 */
export async function postWrapUp(callId: string, disposition: string | null, notes: string): Promise<void> {
  const record = await findPageCall(callId);
  if (record === null) return;
  await postToPage(record, {
    type: 'CALL_WRAPUP',
    disposition: disposition === null ? null : disposition.slice(0, 128),
    notes: notes.slice(0, 2000),
    timestamp: Date.now(),
    ...(record.requestId !== null ? { requestId: record.requestId } : {}),
  });
  await forgetPageCall(callId);
}
