import { t, type MessageKey } from './i18n';

/**
 * How the phone behaves, as the agent or admin sets it on the options page.
 * Owned by the background with the settings; the offscreen document gets a
 * copy with every configuration.
 */
export interface DialPlanRules {
  /** Digits dialled before any outside number, e.g. "9"; empty for none. */
  readonly outsideLinePrefix: string;
  /** How international numbers are sent to the PBX. */
  readonly internationalPrefix: '+' | '00' | '011';
  /** Numbers in the default country: as +E.164, or in national form (0 20 7946 0958 → 02079460958). */
  readonly domesticFormat: 'e164' | 'national';
  /** Digit strings this short are internal extensions, dialled as they are. */
  readonly maxExtensionDigits: number;
}

export interface AudioDevices {
  /** `deviceId` from enumerateDevices; empty for the system default. */
  readonly microphoneId: string;
  readonly speakerId: string;
  readonly ringerId: string;
}

export interface CallPreferences {
  /** 486 Busy Here, or 603 Decline (RFC 3261 §21.6.2) when the PBX should not try elsewhere. */
  readonly declineCode: 486 | 603;
  readonly autoAnswer: boolean;
  readonly autoAnswerDelaySeconds: number;
  /** Off: a second call while one is up is refused as busy. On: it rings softly. */
  readonly callWaiting: boolean;
  /** RFC 4733 telephone-events in the RTP stream, or SIP INFO (application/dtmf-relay). */
  readonly dtmfMode: 'rfc4733' | 'info';
  readonly dialPlan: DialPlanRules;
  readonly devices: AudioDevices;
  /** The wrap-up form's choices, edited by the agent or admin. */
  readonly dispositions: readonly string[];
  /** The last call must be wrapped up before the next one can be placed. */
  readonly wrapUpRequired: boolean;
  /** Keep call history for at most this many days / records; null keeps everything. */
  readonly retentionDays: number | null;
  readonly retentionRecords: number | null;
}

const DEFAULT_DISPOSITIONS: readonly MessageKey[] = ['dispInterested', 'dispCallBack', 'dispNotInterested', 'dispWrongNumber', 'dispVoicemail'];

export const DEFAULT_PREFERENCES: CallPreferences = {
  declineCode: 486,
  autoAnswer: false,
  autoAnswerDelaySeconds: 3,
  callWaiting: false,
  dtmfMode: 'rfc4733',
  dialPlan: { outsideLinePrefix: '', internationalPrefix: '+', domesticFormat: 'e164', maxExtensionDigits: 6 },
  devices: { microphoneId: '', speakerId: '', ringerId: '' },
  // Words the agent picks from, so they start in the agent's language; a
  // getter, read when defaults are filled in (withDefaults), not at import.
  get dispositions() {
    return DEFAULT_DISPOSITIONS.map((key) => t(key));
  },
  wrapUpRequired: false,
  retentionDays: 365,
  retentionRecords: null,
};

/** Fills what an older saved copy lacks, so a new field never reads undefined. */
export function withDefaults(saved: unknown): CallPreferences {
  const p = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<CallPreferences>;
  return {
    ...DEFAULT_PREFERENCES,
    ...p,
    dialPlan: { ...DEFAULT_PREFERENCES.dialPlan, ...(p.dialPlan ?? {}) },
    devices: { ...DEFAULT_PREFERENCES.devices, ...(p.devices ?? {}) },
  };
}
