import type { CallRecord } from '../db/records';
import { formatDuration } from '../call-words';

const OUTCOME_WORDS: Record<CallRecord['outcome'], string> = {
  live: 'In progress',
  answered: 'Answered',
  missed: 'Missed',
  declined: 'Declined',
  busy: 'Busy',
  'no-answer': 'No answer',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

export function outcomeWords(call: CallRecord): string {
  return OUTCOME_WORDS[call.outcome];
}

export function durationWords(call: CallRecord): string {
  return call.durationSeconds === null ? '' : formatDuration(call.durationSeconds * 1000);
}

/** "14:05" today, "Mon 14:05" this week, else the date. */
export function whenWords(at: number, now = Date.now(), locale?: string): string {
  const d = new Date(at);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  if (sameDay) return d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (now - at < 6 * 86_400_000) return d.toLocaleString(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function whoWords(call: CallRecord): string {
  return call.displayName ? `${call.displayName} (${call.remoteDisplay})` : call.remoteDisplay;
}
