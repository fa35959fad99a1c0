/**
 * One call as the offscreen document reports it: views render it, the
 * worker turns it into notifications, history and page-protocol events.
 *
 * Phases (transitions in offscreen/calls/call-phase.ts):
 *   outbound: calling → ringing → connected → ended
 *   inbound:  incoming → connected → ended
 * Any phase can end. Hold and mute are flags of a connected call.
 */
export type CallPhase = 'calling' | 'ringing' | 'incoming' | 'connected' | 'ended';
export type CallDirection = 'inbound' | 'outbound';

export const END_REASONS = [
  'hangup-local',
  'hangup-remote',
  'busy',
  'not-found',
  'no-answer',
  'rejected',
  'not-allowed',
  'media-failed',
  'mic-blocked',
  'mic-missing',
  'connection-lost',
  'cancelled',
  'missed',
  'declined',
  'answered-elsewhere',
  'transferred',
  'failed',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface CallQuality {
  readonly mos: number;
  readonly rttMs: number;
  readonly jitterMs: number;
  readonly lossPercent: number;
  readonly level: 'good' | 'fair' | 'poor';
}

export interface CallSnapshot {
  readonly id: string;
  readonly direction: CallDirection;
  readonly phase: CallPhase;
  /** The other party's number or extension as dialled or as it called. */
  readonly remoteNumber: string;
  readonly remoteName: string | null;
  readonly startedAt: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  readonly muted: boolean;
  readonly onHold: boolean;
  /** An incoming call that arrived while another call was up (call waiting). */
  readonly waiting: boolean;
  readonly endReason: EndReason | null;
  /** The end reason in words, e.g. "Ended: busy". */
  readonly endWords: string | null;
  readonly sipCode: number | null;
  readonly quality: CallQuality | null;
  /** The call this one consults for an attended transfer. */
  readonly consultFor: string | null;
  /** When auto-answer will pick this call up (epoch ms). */
  readonly autoAnswerAt: number | null;
}
