import type { CallDirection, CallOutcome, CallPage, CallQuality, RelatedRecord } from './records';
import { checkCount, checkNumber, checkOneOf, checkText, checkTime, clipText, invalid, isObject } from './validate';

/** What the offscreen document knows when a call begins. */
export interface CallStart {
  readonly id: string;
  readonly direction: CallDirection;
  /** Already parsed by the caller (libphonenumber-js); null when the remote is not a phone number. */
  readonly remoteE164: string | null;
  readonly remoteDisplay: string;
  readonly displayName: string | null;
  readonly account: string;
  readonly startedAt: number;
  readonly related?: RelatedRecord | null;
  readonly page?: CallPage | null;
  readonly requestId?: string | null;
}

/** The outcomes a call can end with. `live` is not an end, and `interrupted` belongs to crash recovery. */
export type EndOutcome = Exclude<CallOutcome, 'live' | 'interrupted'>;

export const END_OUTCOMES: readonly EndOutcome[] = ['answered', 'missed', 'declined', 'busy', 'no-answer', 'failed', 'cancelled'];

export interface CallEnd {
  readonly at: number;
  readonly outcome: EndOutcome;
  readonly failureReason?: string | null;
  readonly sipCode?: number | null;
  readonly quality?: CallQuality | null;
}

export interface WrapUp {
  readonly disposition: string | null;
  readonly notes: string;
}

export const LIMITS = {
  id: 200,
  account: 320,
  remoteDisplay: 256,
  displayName: 200,
  failureReason: 500,
  disposition: 100,
  notes: 10_000,
  relatedField: 200,
  requestId: 200,
  url: 8192,
  title: 500,
} as const;

// ITU-T E.164: `+`, a country code that does not start with 0, at most 15 digits.
const E164 = /^\+[1-9]\d{1,14}$/;

export function checkCallId(id: unknown): string {
  return checkText(id, 'call id', LIMITS.id, { allowEmpty: false });
}

function nullable<T>(value: T | null | undefined, check: (v: T) => T): T | null {
  return value === null || value === undefined ? null : check(value);
}

function checkRelated(value: unknown): RelatedRecord {
  if (!isObject(value)) throw invalid('related must be {type, id}');
  return {
    type: checkText(value.type, 'related.type', LIMITS.relatedField, { allowEmpty: false }),
    id: checkText(value.id, 'related.id', LIMITS.relatedField, { allowEmpty: false }),
  };
}

function checkPage(value: unknown): CallPage {
  if (!isObject(value)) throw invalid('page must be {url, title, origin}');
  return {
    url: checkText(value.url, 'page.url', LIMITS.url),
    title: clipText(value.title, 'page.title', LIMITS.title),
    origin: checkText(value.origin, 'page.origin', LIMITS.url),
  };
}

export function checkQuality(value: unknown): CallQuality {
  if (!isObject(value)) throw invalid('quality must be {mos, jitterMs, lossPercent, rttMs}');
  return {
    mos: checkNumber(value.mos, 'quality.mos', 0, 5),
    jitterMs: checkNumber(value.jitterMs, 'quality.jitterMs', 0, Number.MAX_VALUE),
    lossPercent: checkNumber(value.lossPercent, 'quality.lossPercent', 0, 100),
    rttMs: checkNumber(value.rttMs, 'quality.rttMs', 0, Number.MAX_VALUE),
  };
}

/** The start of a call, checked and normalised; throws DbError('invalid-input'). */
export function checkCallStart(init: CallStart): Required<CallStart> {
  if (!isObject(init)) throw invalid('recordCallStarted needs a call description');
  const remoteE164 = nullable(init.remoteE164, (v) => {
    if (typeof v !== 'string' || !E164.test(v)) throw invalid(`remoteE164 must be E.164 like +14155550123 or null, got ${String(v)}`);
    return v;
  });
  const displayName = nullable(init.displayName, (v) => clipText(v, 'displayName', LIMITS.displayName).trim());
  return {
    id: checkCallId(init.id),
    direction: checkOneOf(init.direction, 'direction', ['inbound', 'outbound'] as const),
    remoteE164,
    remoteDisplay: clipText(init.remoteDisplay, 'remoteDisplay', LIMITS.remoteDisplay),
    displayName: displayName === '' ? null : displayName,
    account: checkText(init.account, 'account', LIMITS.account, { allowEmpty: false }),
    startedAt: checkTime(init.startedAt, 'startedAt'),
    related: nullable(init.related, checkRelated),
    page: nullable(init.page, checkPage),
    requestId: nullable(init.requestId, (v) => checkText(v, 'requestId', LIMITS.requestId)),
  };
}

export function checkCallEnd(end: CallEnd): Required<CallEnd> {
  if (!isObject(end)) throw invalid('recordCallEnded needs {at, outcome}');
  return {
    at: checkTime(end.at, 'at'),
    outcome: checkOneOf(end.outcome, 'outcome', END_OUTCOMES),
    // A reason phrase comes from the far end: cut it rather than lose the call's end.
    failureReason: nullable(end.failureReason, (v) => clipText(v, 'failureReason', LIMITS.failureReason)),
    sipCode: nullable(end.sipCode, (v) => checkCount(v, 'sipCode', { min: 100, max: 699 })),
    quality: nullable(end.quality, checkQuality),
  };
}

export function checkWrapUp(wrapUp: WrapUp): WrapUp {
  if (!isObject(wrapUp)) throw invalid('saveWrapUp needs {disposition, notes}');
  const disposition = nullable(wrapUp.disposition, (v) => checkText(v, 'disposition', LIMITS.disposition).trim());
  return {
    disposition: disposition === '' ? null : disposition,
    notes: checkText(wrapUp.notes, 'notes', LIMITS.notes),
  };
}
