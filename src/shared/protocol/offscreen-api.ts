import * as v from 'valibot';
import type { PhoneSnapshot } from '../phone-snapshot';
import type { EdgeSpec } from '../messaging/edge';
import type { ConnectionTestOutcome } from './connection-test';
import { CallContextSchema } from './call-context';
import { AgentStatusSchema, CallActionSchema, DtmfDigits, Empty, PreferencesSchema, SipConfigSchema, text } from './schemas';

const DialString = v.pipe(v.string(), v.regex(/^\+?[0-9*#]{1,32}$/, 'not a dial string'));
const CallId = text(64);

/** What the offscreen document answers. Only the service worker may ask. */
export const offscreenSpec = {
  'offscreen/configure': {
    from: ['worker'],
    payload: v.strictObject({
      config: v.nullable(SipConfigSchema),
      status: AgentStatusSchema,
      revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
      prefs: PreferencesSchema,
      defaultCountry: text(8),
      /** The catalogue Chrome chose (its `lang` message): the offscreen document has no chrome.i18n. */
      language: text(16),
    }),
  },
  'offscreen/dial': {
    from: ['worker'],
    payload: v.strictObject({
      dial: DialString,
      display: text(64),
      e164: v.nullable(text(32)),
      postDial: v.pipe(v.string(), v.regex(/^[0-9]{0,8}$/)),
      consultFor: v.optional(CallId),
      context: v.optional(CallContextSchema),
    }),
  },
  'offscreen/callAction': { from: ['worker'], payload: v.strictObject({ callId: CallId, action: CallActionSchema }) },
  'offscreen/dtmf': { from: ['worker'], payload: v.strictObject({ callId: CallId, digits: DtmfDigits }) },
  'offscreen/transfer': { from: ['worker'], payload: v.strictObject({ callId: CallId, dial: DialString }) },
  'offscreen/completeTransfer': { from: ['worker'], payload: v.strictObject({ callId: CallId, consultId: CallId }) },
  'offscreen/dismissEnded': { from: ['worker'], payload: Empty },
  'offscreen/warmUp': { from: ['worker'], payload: Empty },
  'offscreen/saveWrapUp': { from: ['worker'], payload: v.strictObject({ callId: CallId, disposition: v.nullable(text(100)), notes: text(10_000) }) },
  'offscreen/deleteCalls': { from: ['worker'], payload: v.strictObject({ ids: v.pipe(v.array(CallId), v.maxLength(1000)) }) },
  'offscreen/clearHistory': { from: ['worker'], payload: Empty },
  /** RTP counters of a call, for diagnostics and the end-to-end suite. */
  'offscreen/mediaStats': { from: ['worker'], payload: v.strictObject({ callId: CallId }) },
  'offscreen/getState': { from: ['worker'], payload: Empty },
  'offscreen/testConnection': { from: ['worker'], payload: v.strictObject({ config: SipConfigSchema }) },
  'offscreen/reconnectNow': { from: ['worker'], payload: Empty },
  'offscreen/micGranted': { from: ['worker'], payload: Empty },
  /** A network error Chrome reported for a WebSocket (webRequest), to put failures into words. */
  'offscreen/netError': { from: ['worker'], payload: v.strictObject({ url: text(), error: text(128) }) },
} satisfies EdgeSpec;

export interface OffscreenResponses {
  'offscreen/configure': PhoneSnapshot;
  'offscreen/getState': PhoneSnapshot;
  'offscreen/testConnection': ConnectionTestOutcome;
  'offscreen/reconnectNow': null;
  'offscreen/micGranted': PhoneSnapshot;
  'offscreen/netError': null;
  'offscreen/dial': { readonly callId: string };
  'offscreen/callAction': null;
  'offscreen/dtmf': null;
  'offscreen/transfer': null;
  'offscreen/completeTransfer': null;
  'offscreen/dismissEnded': null;
  'offscreen/warmUp': null;
  'offscreen/saveWrapUp': null;
  'offscreen/deleteCalls': { readonly deleted: number };
  'offscreen/clearHistory': null;
  'offscreen/mediaStats': { packetsSent: number; packetsReceived: number; dtmfTonesSent: string; telephoneEvent: boolean };
}

export type OffscreenSpec = typeof offscreenSpec;
