import * as v from 'valibot';
import type { EdgeSpec } from '../messaging/edge';
import { AgentStatusSchema, PhoneSnapshotSchema, text } from './schemas';

const AppSnapshotSchema = v.object({
  configured: v.boolean(),
  dialPlan: v.object({
    defaultCountry: text(8),
    outsideLinePrefix: text(8),
    internationalPrefix: v.picklist(['+', '00', '011']),
    domesticFormat: v.picklist(['e164', 'national']),
    maxExtensionDigits: v.number(),
  }),
  status: AgentStatusSchema,
  account: v.nullable(text(512)),
  phone: PhoneSnapshotSchema,
  missedCalls: v.number(),
  wrapUp: v.object({ dispositions: v.pipe(v.array(text(100)), v.readonly()), required: v.boolean() }),
});

/** Broadcasts from the service worker to every open view (popup, options). */
export const viewsSpec = {
  'views/snapshot': { from: ['worker'], payload: v.strictObject({ snapshot: AppSnapshotSchema }) },
} satisfies EdgeSpec;

export interface ViewsResponses {
  'views/snapshot': null;
}

export type ViewsSpec = typeof viewsSpec;
