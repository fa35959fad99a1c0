import { t } from '../../shared/i18n';
import type { DialResult } from '../../shared/phone/dial-plan';

/**
 * Whether a page's CALL_REQUEST dials, waits for the agent, or is refused
 * (issue 4: a web page must never make the agent's phone dial on its own).
 * Pure, so every branch is unit-tested; the handler gathers the facts.
 *
 * `tellPage` says whether the refusal may be posted back as CALL_FAILED:
 * only to trusted sites. An untrusted page learns nothing, not even whether
 * the agent is online or ignored it.
 */
export type RequestDecision =
  | { readonly kind: 'dial'; readonly dial: string }
  | { readonly kind: 'ask' }
  | { readonly kind: 'refuse'; readonly reason: string; readonly tellPage: boolean };

export interface RequestFacts {
  readonly trusted: boolean;
  /** A request already seen (several frames of one origin hear the same BroadcastChannel post). */
  readonly duplicate: boolean;
  /** The origin's rate-limit bucket had a token. */
  readonly withinRate: boolean;
  /** The number through the agent's dial plan. */
  readonly planned: DialResult;
  /** A consent window for this origin is already open. */
  readonly pendingForOrigin: boolean;
}

export function decidePageRequest(f: RequestFacts): RequestDecision {
  if (f.duplicate) return { kind: 'refuse', reason: t('pageRefusedDuplicate'), tellPage: false };
  if (!f.withinRate) return { kind: 'refuse', reason: t('pageRefusedRate'), tellPage: f.trusted };
  if (!f.planned.ok) return { kind: 'refuse', reason: f.planned.error, tellPage: f.trusted };
  // Feature codes (*72 call forwarding, *97 voicemail...) change the agent's
  // phone, not who they talk to: never from a page.
  if (/[*#]/.test(f.planned.dial)) return { kind: 'refuse', reason: t('pageRefusedFeatureCode'), tellPage: f.trusted };
  if (f.trusted) return { kind: 'dial', dial: f.planned.dial };
  if (f.pendingForOrigin) return { kind: 'refuse', reason: t('pageRefusedPending'), tellPage: false };
  return { kind: 'ask' };
}

/** How long a consent question stays answerable: a stale "Call" must not dial a number asked for long ago. */
export const CONSENT_TTL_MS = 60_000;

/**
 * A key for spotting the same request relayed by several frames: the page's
 * requestId when it gave one, else what it asked for and when.
 */
export function requestKey(origin: string, r: { number: string; requestId?: string | null | undefined; timestamp?: number | null | undefined }): string {
  return r.requestId ? `${origin}|id|${r.requestId}` : `${origin}|n|${r.number}|${r.timestamp ?? ''}`;
}
