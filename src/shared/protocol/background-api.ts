import * as v from 'valibot';
import type { AppSnapshot, PhoneSnapshot } from '../phone-snapshot';
import type { PublicSettings, SipConfig } from '../settings';
import type { AgentStatus } from '../agent-status';
import type { FieldErrors } from '../settings-validation';
import type { ConnectionTestOutcome } from './connection-test';
import { AgentStatusSchema, CallActionSchema, DtmfDigits, Empty, PhoneSnapshotSchema, PreferencesSchema, SettingsInputSchema, text } from './schemas';
import { PageCallRequestSchema, type PageNumber, type SiteLists, type PendingConsent, type PageRequestOutcome } from './page-protocol';
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
  'ui/saveWrapUp': { from: ['page'], payload: v.strictObject({ callId: CallId, disposition: v.nullable(text(100)), notes: text(10_000) }) },
  'ui/deleteCalls': { from: ['page'], payload: v.strictObject({ ids: v.pipe(v.array(CallId), v.maxLength(1000)) }) },
  'ui/clearHistory': { from: ['page'], payload: v.strictObject({ confirm: v.literal('delete all calls') }) },
  'ui/missedSeen': { from: ['page'], payload: Empty },
  'content/getPageConfig': { from: ['content'], payload: Empty },
  /** A trusted user action in a page (a click on a detected number or a tel: link). */
  'content/dialNumber': { from: ['content'], payload: v.strictObject({ number: DialInput, source: v.picklist(['detected', 'tel-link']) }) },
  /** A CALL_REQUEST a page posted on the crm-agent-phone channel, relayed as it came. */
  'content/pageCallRequest': { from: ['content'], payload: v.strictObject({ request: PageCallRequestSchema, pageTitle: text(512) }) },
  /** The pointer rests on a number: get the microphone ready. */
  'content/warmUp': { from: ['content'], payload: Empty },
  'ui/pageNumbers': { from: ['page'], payload: Empty },
  'ui/getSites': { from: ['page'], payload: Empty },
  'ui/setSiteDetection': { from: ['page'], payload: v.strictObject({ origin: text(512), enabled: v.boolean() }) },
  'ui/setSiteTrusted': { from: ['page'], payload: v.strictObject({ origin: text(512), trusted: v.boolean() }) },
  'ui/consentAnswer': { from: ['page'], payload: v.strictObject({ key: text(64), answer: v.picklist(['call', 'ignore', 'always']) }) },
  'ui/pendingConsent': { from: ['page'], payload: v.strictObject({ key: text(64) }) },
  'offscreen/boot': { from: ['offscreen'], payload: Empty },
  'offscreen/state': { from: ['offscreen'], payload: v.strictObject({ snapshot: PhoneSnapshotSchema }) },
  'offscreen/needMic': { from: ['offscreen'], payload: Empty },
  'offscreen/callEvent': { from: ['offscreen'], payload: v.strictObject({ event: v.looseObject({ type: v.picklist(['started', 'answered', 'ended', 'failed']), callId: CallId }) }) },
} satisfies EdgeSpec;

export type SaveSettingsOutcome =
  | { readonly saved: true; readonly settings: PublicSettings }
  | { readonly saved: false; readonly fieldErrors: FieldErrors };

export interface PageConfig {
  /** Number detection runs on this site (the agent can turn it off per site). */
  readonly enabled: boolean;
  readonly defaultCountry: string;
}

export interface OffscreenBoot {
  readonly config: SipConfig | null;
  readonly status: AgentStatus;
  /** Orders configurations: the offscreen document ignores an older one. */
  readonly revision: number;
  readonly prefs: CallPreferences;
  readonly defaultCountry: string;
  /** The catalogue Chrome chose for the agent's words (`_locales/<language>`). */
  readonly language: string;
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
  'content/dialNumber': { readonly callId: string };
  'content/pageCallRequest': PageRequestOutcome;
  'content/warmUp': null;
  'ui/pageNumbers': { readonly origin: string | null; readonly numbers: readonly PageNumber[]; readonly enabled: boolean };
  'ui/getSites': SiteLists;
  'ui/setSiteDetection': SiteLists;
  'ui/setSiteTrusted': SiteLists;
  'ui/consentAnswer': null;
  'ui/pendingConsent': PendingConsent | null;
  'ui/savePreferences': CallPreferences;
  'ui/dial': { readonly callId: string };
  'ui/callAction': null;
  'ui/dtmf': null;
  'ui/transfer': null;
  'ui/completeTransfer': null;
  'ui/dismissEnded': null;
  'ui/warmUp': null;
  'ui/saveWrapUp': null;
  'ui/deleteCalls': { readonly deleted: number };
  'ui/clearHistory': null;
  'ui/missedSeen': null;
}

export type { CallEvent };

export type BackgroundSpec = typeof backgroundSpec;
export type { PhoneSnapshot };
