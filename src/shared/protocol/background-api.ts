import * as v from 'valibot';
import type { AppSnapshot, PhoneSnapshot } from '../phone-snapshot';
import type { PublicSettings, SipConfig } from '../settings';
import type { AgentStatus } from '../agent-status';
import type { FieldErrors } from '../settings-validation';
import type { ConnectionTestOutcome } from './connection-test';
import { AgentStatusSchema, CallActionSchema, DtmfDigits, Empty, PhoneSnapshotSchema, PreferencesSchema, SettingsInputSchema, text } from './schemas';
import type { CallPreferences } from '../preferences';
import type { CallEvent } from '../call-events';

const CallId = text(64);
const DialInput = text(64);
import type { EdgeSpec } from '../messaging/edge';

/**
 * Everything the service worker answers, with who may ask. A content script
 * (sender `content`) runs next to untrusted pages and may only ask for
 * `content/*`; the views (`page`) and the offscreen document have their own.
 */
export const backgroundSpec = {
  'ui/getSnapshot': { from: ['page'], payload: Empty },
  'ui/setStatus': { from: ['page'], payload: v.strictObject({ status: AgentStatusSchema }) },
  'ui/getSettings': { from: ['page'], payload: Empty },
  'ui/saveSettings': { from: ['page'], payload: v.strictObject({ input: SettingsInputSchema }) },
  'ui/testConnection': { from: ['page'], payload: v.strictObject({ input: SettingsInputSchema }) },
  'ui/reconnectNow': { from: ['page'], payload: Empty },
  'ui/micGranted': { from: ['page'], payload: Empty },
  'ui/getPreferences': { from: ['page'], payload: Empty },
  'ui/savePreferences': { from: ['page'], payload: v.strictObject({ prefs: PreferencesSchema }) },
  'ui/dial': { from: ['page'], payload: v.strictObject({ input: DialInput, consultFor: v.optional(CallId) }) },
  'ui/callAction': { from: ['page'], payload: v.strictObject({ callId: CallId, action: CallActionSchema }) },
  'ui/dtmf': { from: ['page'], payload: v.strictObject({ callId: CallId, digits: DtmfDigits }) },
  'ui/transfer': { from: ['page'], payload: v.strictObject({ callId: CallId, input: DialInput }) },
  'ui/completeTransfer': { from: ['page'], payload: v.strictObject({ callId: CallId, consultId: CallId }) },
  'ui/dismissEnded': { from: ['page'], payload: Empty },
  'ui/warmUp': { from: ['page'], payload: Empty },
  'content/getPageConfig': { from: ['content'], payload: Empty },
  'offscreen/boot': { from: ['offscreen'], payload: Empty },
  'offscreen/state': { from: ['offscreen'], payload: v.strictObject({ snapshot: PhoneSnapshotSchema }) },
  'offscreen/needMic': { from: ['offscreen'], payload: Empty },
  'offscreen/callEvent': { from: ['offscreen'], payload: v.strictObject({ event: v.looseObject({ type: v.picklist(['started', 'answered', 'ended', 'failed']), callId: CallId }) }) },
} satisfies EdgeSpec;

export type SaveSettingsOutcome =
  | { readonly saved: true; readonly settings: PublicSettings }
  | { readonly saved: false; readonly fieldErrors: FieldErrors };

export interface PageConfig {
  readonly enabled: boolean;
  readonly defaultCountry: string;
}

export interface OffscreenBoot {
  readonly config: SipConfig | null;
  readonly status: AgentStatus;
  /** Orders configurations: the offscreen document ignores an older one. */
  readonly revision: number;
  readonly prefs: CallPreferences;
}

export interface BackgroundResponses {
  'ui/getSnapshot': AppSnapshot;
  'ui/setStatus': AppSnapshot;
  'ui/getSettings': PublicSettings;
  'ui/saveSettings': SaveSettingsOutcome;
  'ui/testConnection': ConnectionTestOutcome;
  'ui/reconnectNow': null;
  'ui/micGranted': null;
  'content/getPageConfig': PageConfig;
  'offscreen/boot': OffscreenBoot;
  'offscreen/state': null;
  'offscreen/needMic': null;
  'offscreen/callEvent': null;
  'ui/getPreferences': CallPreferences;
  'ui/savePreferences': CallPreferences;
  'ui/dial': { readonly callId: string };
  'ui/callAction': null;
  'ui/dtmf': null;
  'ui/transfer': null;
  'ui/completeTransfer': null;
  'ui/dismissEnded': null;
  'ui/warmUp': null;
}

export type { CallEvent };

export type BackgroundSpec = typeof backgroundSpec;
export type { PhoneSnapshot };
