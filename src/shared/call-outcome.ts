import type { CallEvent } from './call-events';
import type { EndOutcome } from './db/call-input';
import { t } from './i18n';

/**
 * How a call is filed in history, from how it ended. An answered call stays
 * "answered" however it ended (the agent talked), with the reason kept when
 * it was cut off; a call that never connected is filed by why.
 */
export function outcomeOf(event: Extract<CallEvent, { type: 'ended' | 'failed' }>): {
  outcome: EndOutcome;
  failureReason: string | null;
  sipCode: number | null;
} {
  if (event.type === 'ended') {
    const cutOff = event.reason === 'connection-lost' || event.reason === 'media-failed';
    return { outcome: 'answered', failureReason: cutOff ? event.words : null, sipCode: null };
  }
  const inbound = event.direction === 'inbound';
  switch (event.reason) {
    case 'missed':
    case 'answered-elsewhere':
      return { outcome: 'missed', failureReason: null, sipCode: null };
    case 'declined':
      return { outcome: 'declined', failureReason: null, sipCode: event.sipCode };
    case 'busy':
      // An inbound call refused because the agent was on another call is a missed call to them.
      return inbound
        ? { outcome: 'missed', failureReason: t('outcomeBusyElsewhere'), sipCode: event.sipCode }
        : { outcome: 'busy', failureReason: null, sipCode: event.sipCode };
    case 'no-answer':
      return { outcome: 'no-answer', failureReason: null, sipCode: event.sipCode };
    case 'cancelled':
    case 'hangup-local':
      return { outcome: 'cancelled', failureReason: null, sipCode: event.sipCode };
    default:
      return { outcome: 'failed', failureReason: event.words, sipCode: event.sipCode };
  }
}
