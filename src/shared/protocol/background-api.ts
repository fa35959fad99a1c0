import * as v from 'valibot';
import type { AppSnapshot, PhoneSnapshot } from '../phone-snapshot';
import type { PublicSettings, SipConfig } from '../settings';
import type { AgentStatus } from '../agent-status';
import type { FieldErrors } from '../settings-validation';
import type { ConnectionTestOutcome } from './connection-test';
import { AgentStatusSchema, Empty, PhoneSnapshotSchema, SettingsInputSchema } from './schemas';
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
  'content/getPageConfig': { from: ['content'], payload: Empty },
  'offscreen/boot': { from: ['offscreen'], payload: Empty },
  'offscreen/state': { from: ['offscreen'], payload: v.strictObject({ snapshot: PhoneSnapshotSchema }) },
  'offscreen/needMic': { from: ['offscreen'], payload: Empty },
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
}

export type BackgroundSpec = typeof backgroundSpec;
export type { PhoneSnapshot };
