import * as v from 'valibot';
import { AGENT_STATUSES } from '../agent-status';
import { REGISTRATION_STATES } from '../registration-state';
import { END_REASONS } from '../call-snapshot';
import { t } from '../i18n';

/**
 * Valibot schemas for the values that cross contexts. Every string has an
 * upper bound: a content script (and so a hostile page) can send anything,
 * and a 50 MB string must be refused at the door, not parsed. Messages an
 * agent may read are functions, so they are put into words (t) when a value
 * is refused, in the language of that moment.
 */
export const MAX_TEXT = 2048;
export const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));

export const Empty = v.strictObject({});

export const AgentStatusSchema = v.picklist(AGENT_STATUSES);

export const SettingsInputSchema = v.strictObject({
  serverUrl: text(),
  sipAddress: text(256),
  sipDomain: text(256),
  authUser: text(256),
  password: text(1024),
  displayName: text(256),
  defaultCountry: text(8),
});

export const SipConfigSchema = v.strictObject({
  serverUrl: text(),
  sipUser: text(64),
  sipDomain: text(256),
  authUser: text(64),
  password: text(256),
  displayName: text(64),
});

export const AppErrorSchema = v.object({
  code: text(64),
  message: text(),
  helpUrl: v.optional(text()),
});

const Id = text(64);

export const CallQualitySchema = v.object({
  mos: v.number(),
  rttMs: v.number(),
  jitterMs: v.number(),
  lossPercent: v.number(),
  level: v.picklist(['good', 'fair', 'poor']),
});

export const CallSnapshotSchema = v.object({
  id: Id,
  direction: v.picklist(['inbound', 'outbound']),
  phase: v.picklist(['calling', 'ringing', 'incoming', 'connected', 'ended']),
  remoteNumber: text(256),
  remoteName: v.nullable(text(256)),
  startedAt: v.number(),
  answeredAt: v.nullable(v.number()),
  endedAt: v.nullable(v.number()),
  muted: v.boolean(),
  onHold: v.boolean(),
  waiting: v.boolean(),
  endReason: v.nullable(v.picklist(END_REASONS)),
  endWords: v.nullable(text(256)),
  sipCode: v.nullable(v.number()),
  quality: v.nullable(CallQualitySchema),
  consultFor: v.nullable(Id),
  autoAnswerAt: v.nullable(v.number()),
});

export const DIGITS = /^[0-9*#A-Da-d]{1,32}$/;
export const DtmfDigits = v.pipe(v.string(), v.regex(DIGITS, () => t('dtmfInvalid')));

export const CALL_ACTIONS = ['answer', 'decline', 'hangup', 'mute', 'unmute', 'hold', 'resume', 'holdAndAnswer'] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];
export const CallActionSchema = v.picklist(CALL_ACTIONS);

export const PreferencesSchema = v.strictObject({
  declineCode: v.picklist([486, 603]),
  autoAnswer: v.boolean(),
  autoAnswerDelaySeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30)),
  callWaiting: v.boolean(),
  dtmfMode: v.picklist(['rfc4733', 'info']),
  dialPlan: v.strictObject({
    outsideLinePrefix: v.pipe(v.string(), v.regex(/^[0-9]{0,4}$/, () => t('prefsPrefixInvalid'))),
    internationalPrefix: v.picklist(['+', '00', '011']),
    domesticFormat: v.picklist(['e164', 'national']),
    maxExtensionDigits: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(8)),
  }),
  devices: v.strictObject({ microphoneId: text(256), speakerId: text(256), ringerId: text(256) }),
  dispositions: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))), v.minLength(1, () => t('prefsDispositionsEmpty')), v.maxLength(50), v.readonly()),
  wrapUpRequired: v.boolean(),
  retentionDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  retentionRecords: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(1_000_000))),
});

export const PhoneSnapshotSchema = v.object({
  seq: v.number(),
  calls: v.pipe(v.array(CallSnapshotSchema), v.maxLength(16), v.readonly()),
  notice: v.nullable(text()),
  registration: v.picklist(REGISTRATION_STATES),
  error: v.nullable(AppErrorSchema),
  nextRetryAt: v.nullable(v.number()),
  retryAttempt: v.number(),
  mic: v.picklist(['granted', 'prompt', 'denied', 'unknown']),
  account: v.nullable(text(512)),
});
