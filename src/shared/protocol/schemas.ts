import * as v from 'valibot';
import { AGENT_STATUSES } from '../agent-status';
import { REGISTRATION_STATES } from '../registration-state';

/**
 * Valibot schemas for the values that cross contexts. Every string has an
 * upper bound: a content script (and so a hostile page) can send anything,
 * and a 50 MB string must be refused at the door, not parsed.
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

export const PhoneSnapshotSchema = v.object({
  registration: v.picklist(REGISTRATION_STATES),
  error: v.nullable(AppErrorSchema),
  nextRetryAt: v.nullable(v.number()),
  retryAttempt: v.number(),
  mic: v.picklist(['granted', 'prompt', 'denied', 'unknown']),
  account: v.nullable(text(512)),
});
