import { ok, type Result } from '../../shared/result';
import type { CallContext } from '../../shared/protocol/call-context';
import type { PageRequestOutcome } from '../../shared/protocol/page-protocol';
import { placeCall } from '../dialing';
import { deliverEvent, postToPage } from '../page-events';
import { failedMessage, type PageCallRecord } from './page-call';
import { markDialInFlight, recordPageCall } from './page-calls';

export interface PageDial {
  readonly tabId: number;
  readonly frameId: number;
  readonly origin: string;
  readonly pageUrl: string;
  readonly pageTitle: string;
  readonly requestId: string | null;
  readonly related: { readonly type: string; readonly id: string } | null;
  /** As the page wrote it; the dial plan runs again in placeCall. */
  readonly number: string;
}

/**
 * Places a call a page asked for (trusted site, or the agent said "Call"),
 * with the page and the related entity in its record, and hooks the page up
 * to the call's events. A failure to place it is the page's CALL_FAILED.
 */
export async function dialForPage(d: PageDial): Promise<Result<PageRequestOutcome>> {
  const context: CallContext = {
    source: 'page-request',
    related: d.related,
    page: { url: d.pageUrl.slice(0, 2048), title: d.pageTitle.slice(0, 512), origin: d.origin },
    requestId: d.requestId,
  };
  await markDialInFlight();
  const placed = await placeCall(d.number, undefined, context);
  if (!placed.ok) {
    await postToPage(d, failedMessage(placed.error.message, d.requestId, Date.now()));
    return ok({ outcome: 'refused', reason: placed.error.message });
  }
  const record: PageCallRecord = { tabId: d.tabId, frameId: d.frameId, origin: d.origin, requestId: d.requestId, number: d.number, at: Date.now() };
  for (const early of await recordPageCall(placed.value.callId, record)) await deliverEvent(early, record);
  return ok({ outcome: 'dialing', callId: placed.value.callId });
}
