import * as v from 'valibot';
import type { PhoneSnapshot } from '../phone-snapshot';
import type { EdgeSpec } from '../messaging/edge';
import type { ConnectionTestOutcome } from './connection-test';
import { AgentStatusSchema, Empty, SipConfigSchema, text } from './schemas';

/** What the offscreen document answers. Only the service worker may ask. */
export const offscreenSpec = {
  'offscreen/configure': {
    from: ['worker'],
    payload: v.strictObject({
      config: v.nullable(SipConfigSchema),
      status: AgentStatusSchema,
      revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  },
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
}

export type OffscreenSpec = typeof offscreenSpec;
