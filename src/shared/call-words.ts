import type { CallPhase, CallSnapshot, EndReason } from './call-snapshot';

/** A final SIP response to our INVITE, as a reason (RFC 3261 §21). */
export function reasonForCode(code: number): EndReason {
  if (code === 486 || code === 600) return 'busy';
  if (code === 404 || code === 604 || code === 484 || code === 410) return 'not-found';
  if (code === 408 || code === 480) return 'no-answer';
  if (code === 487) return 'cancelled';
  if (code === 603) return 'rejected';
  if (code === 401 || code === 403 || code === 407) return 'not-allowed';
  if (code === 488 || code === 606 || code === 415) return 'media-failed';
  return 'failed';
}

const WORDS: Record<EndReason, string> = {
  'hangup-local': 'Ended',
  'hangup-remote': 'Ended: the other party hung up',
  busy: 'Ended: busy',
  'not-found': 'Ended: number not found. Check the number',
  'no-answer': 'Ended: no answer',
  rejected: 'Ended: the call was rejected',
  'not-allowed': 'Ended: the PBX does not allow this call. Ask your administrator',
  'media-failed': 'Ended: audio could not be set up (codec or network). Ask your administrator',
  'mic-blocked': 'Not placed: the microphone is blocked for Switchboard. Allow it and call again',
  'mic-missing': 'Not placed: no microphone found. Plug one in and call again',
  'connection-lost': 'Ended: the connection to the PBX was lost',
  cancelled: 'Cancelled',
  missed: 'Missed call',
  declined: 'Declined',
  'answered-elsewhere': 'Answered elsewhere',
  transferred: 'Transferred',
  failed: 'Ended: the call failed',
};

export function endWords(reason: EndReason, sipCode: number | null): string {
  const words = WORDS[reason];
  return reason === 'failed' && sipCode !== null ? `${words} (${sipCode})` : words;
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

const PHASE_WORDS: Record<Exclude<CallPhase, 'connected' | 'ended'>, string> = {
  calling: 'Calling…',
  ringing: 'Ringing',
  incoming: 'Incoming call',
};

/** The call's state in words, e.g. "Connected 00:42", "On hold", "Ended: busy". */
export function callStateWords(call: CallSnapshot, now: number): string {
  switch (call.phase) {
    case 'connected':
      return call.onHold ? `On hold ${formatDuration(now - (call.answeredAt ?? now))}` : `Connected ${formatDuration(now - (call.answeredAt ?? now))}`;
    case 'ended':
      return call.endWords ?? 'Ended';
    default:
      return PHASE_WORDS[call.phase];
  }
}
