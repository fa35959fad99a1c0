import * as v from 'valibot';
import type { EdgeSpec } from '../messaging/edge';
import { text } from './schemas';

/**
 * The CRM page protocol of the agent console the extension replaces
 * (seeds/002), unchanged: pages post on the BroadcastChannel
 * `crm-agent-phone`; the content script relays; the extension answers with
 * call events on the same channel.
 */
export const PAGE_CHANNEL = 'crm-agent-phone';

/** A CALL_REQUEST as a page posts it. Everything is bounded: pages are untrusted. */
export const PageCallRequestSchema = v.object({
  type: v.literal('CALL_REQUEST'),
  number: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  relatedType: v.optional(v.nullable(text(64))),
  relatedId: v.optional(v.nullable(v.union([text(128), v.pipe(v.number(), v.finite())]))),
  requestId: v.optional(v.nullable(text(128))),
  timestamp: v.optional(v.nullable(v.number())),
});
export type PageCallRequest = v.InferOutput<typeof PageCallRequestSchema>;

/** What the extension posts back, as the predecessor did, plus the page's requestId. */
export type PageCallMessage =
  | { type: 'CALL_STARTED'; number: string; direction: 'outbound'; timestamp: number; requestId?: string }
  | { type: 'CALL_ANSWERED'; number: string; timestamp: number; requestId?: string }
  | { type: 'CALL_ENDED'; duration_seconds: number; timestamp: number; requestId?: string }
  | { type: 'CALL_FAILED'; reason: string; timestamp: number; requestId?: string }
  | { type: 'CALL_WRAPUP'; disposition: string | null; notes: string; timestamp: number; requestId?: string };

export type PageRequestOutcome =
  | { readonly outcome: 'dialing'; readonly callId: string }
  | { readonly outcome: 'awaiting-consent' }
  | { readonly outcome: 'refused'; readonly reason: string };

export interface PageNumber {
  readonly text: string;
  readonly e164: string;
  readonly ext?: string;
}

export interface SiteLists {
  /** Origins where number detection is off. */
  readonly detectionOff: readonly string[];
  /** Origins whose CALL_REQUESTs dial without asking. */
  readonly trusted: readonly string[];
}

export interface PendingConsent {
  readonly key: string;
  readonly origin: string;
  readonly number: string;
  readonly display: string;
  readonly pageTitle: string;
  readonly expiresAt: number;
}

const RequestId = v.optional(text(128));
const Timestamp = v.pipe(v.number(), v.finite());

/** The messages the extension may post to a page, exactly (the worker builds them; the content script re-checks). */
export const PageCallMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('CALL_STARTED'), number: text(64), direction: v.literal('outbound'), timestamp: Timestamp, requestId: RequestId }),
  v.strictObject({ type: v.literal('CALL_ANSWERED'), number: text(64), timestamp: Timestamp, requestId: RequestId }),
  v.strictObject({ type: v.literal('CALL_ENDED'), duration_seconds: v.pipe(v.number(), v.integer(), v.minValue(0)), timestamp: Timestamp, requestId: RequestId }),
  v.strictObject({ type: v.literal('CALL_FAILED'), reason: text(256), timestamp: Timestamp, requestId: RequestId }),
  v.strictObject({ type: v.literal('CALL_WRAPUP'), disposition: v.nullable(text(128)), notes: text(2000), timestamp: Timestamp, requestId: RequestId }),
]);

/** What the worker asks of a content script. Only the worker may. */
export const contentSpec = {
  'content/listNumbers': { from: ['worker'], payload: v.strictObject({}) },
  /**
   * `origin` is the page the message is for: the content script posts only
   * if its document still has that origin (the tab may have navigated to
   * another site since the call was requested).
   */
  'content/postToPage': { from: ['worker'], payload: v.strictObject({ origin: text(512), message: PageCallMessageSchema }) },
  'content/configure': { from: ['worker'], payload: v.strictObject({ enabled: v.boolean(), defaultCountry: text(8) }) },
  'content/selectionNumber': { from: ['worker'], payload: v.strictObject({}) },
} satisfies EdgeSpec;

export interface ContentResponses {
  'content/listNumbers': readonly PageNumber[];
  'content/postToPage': null;
  'content/configure': null;
  'content/selectionNumber': string | null;
}

export type ContentSpec = typeof contentSpec;
