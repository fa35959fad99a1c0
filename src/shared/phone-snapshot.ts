import type { AgentStatus } from './agent-status';
import type { CallSnapshot } from './call-snapshot';
import type { DialPlan } from './phone/dial-plan';
import type { RegistrationState } from './registration-state';
import type { AppError } from './result';

/** Microphone permission as the offscreen document last saw it. */
export type MicPermission = 'granted' | 'prompt' | 'denied' | 'unknown';

/** What the offscreen document owns and reports after every change. */
export interface PhoneSnapshot {
  /**
   * When this state was reached (epoch ms, strictly increasing within a
   * document). Snapshots travel through asynchronous handlers and can arrive
   * out of order; receivers keep the newest.
   */
  readonly seq: number;
  readonly registration: RegistrationState;
  /** The last problem, in words; cleared when registration succeeds. */
  readonly error: AppError | null;
  /** When `reconnecting`: epoch ms of the next attempt. */
  readonly nextRetryAt: number | null;
  readonly retryAttempt: number;
  readonly mic: MicPermission;
  /** `user@domain` the phone runs for, or null when it has no configuration. */
  readonly account: string | null;
  /** Live calls, and ended ones for a while so their outcome can be read. */
  readonly calls: readonly CallSnapshot[];
  /** Something the agent should know that is not an error (e.g. a device fell back to the default). */
  readonly notice: string | null;
}

export const INITIAL_PHONE: PhoneSnapshot = {
  seq: 0,
  registration: 'idle',
  error: null,
  nextRetryAt: null,
  retryAttempt: 0,
  mic: 'unknown',
  account: null,
  calls: [],
  notice: null,
};

/** What views (popup, options) render: composed by the background. */
export interface AppSnapshot {
  readonly configured: boolean;
  /** For the dialpad's preview of what will be dialled. */
  readonly dialPlan: DialPlan;
  readonly status: AgentStatus;
  readonly account: string | null;
  readonly phone: PhoneSnapshot;
  /** Missed calls since the agent last looked: the badge shows the count. */
  readonly missedCalls: number;
  readonly wrapUp: { readonly dispositions: readonly string[]; readonly required: boolean };
}

/** The phone as it is when no offscreen document runs, stamped now. */
export function idlePhone(): PhoneSnapshot {
  return { ...INITIAL_PHONE, seq: Date.now() };
}
