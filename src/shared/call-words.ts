import type { CallPhase, CallSnapshot, EndReason } from './call-snapshot';
import { t, type MessageKey } from './i18n';

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

const WORDS: Record<EndReason, MessageKey> = {
  'hangup-local': 'callEnded',
  'hangup-remote': 'endHangupRemote',
  busy: 'endBusy',
  'not-found': 'endNotFound',
  'no-answer': 'endNoAnswer',
  rejected: 'endRejected',
  'not-allowed': 'endNotAllowed',
  'media-failed': 'endMediaFailed',
  'mic-blocked': 'endMicBlocked',
  'mic-missing': 'endMicMissing',
  'connection-lost': 'endConnectionLost',
  cancelled: 'endCancelled',
  missed: 'endMissed',
  declined: 'endDeclined',
  'answered-elsewhere': 'endAnsweredElsewhere',
  transferred: 'endTransferred',
  failed: 'endFailed',
};

export function endWords(reason: EndReason, sipCode: number | null): string {
  return reason === 'failed' && sipCode !== null ? t('endFailedCode', sipCode) : t(WORDS[reason]);
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

const PHASE_WORDS: Record<Exclude<CallPhase, 'connected' | 'ended'>, MessageKey> = {
  calling: 'phaseCalling',
  ringing: 'phaseRinging',
  incoming: 'phaseIncoming',
};

/** The call's state in words, e.g. "Connected 00:42", "On hold", "Ended: busy". */
export function callStateWords(call: CallSnapshot, now: number): string {
  switch (call.phase) {
    case 'connected':
      return t(call.onHold ? 'callOnHold' : 'callConnected', formatDuration(now - (call.answeredAt ?? now)));
    case 'ended':
      return call.endWords ?? t('callEnded');
    default:
      return t(PHASE_WORDS[call.phase]);
  }
}
