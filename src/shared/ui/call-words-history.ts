import type { CallRecord } from '../db/records';
import { formatDuration } from '../call-words';
import { t, uiLocale, type MessageKey } from '../i18n';

const OUTCOME_WORDS: Record<CallRecord['outcome'], MessageKey> = {
  live: 'outcomeLive',
  answered: 'outcomeAnswered',
  missed: 'outcomeMissed',
  declined: 'outcomeDeclined',
  busy: 'outcomeBusy',
  'no-answer': 'outcomeNoAnswer',
  failed: 'outcomeFailed',
  cancelled: 'outcomeCancelled',
  interrupted: 'outcomeInterrupted',
};

export function outcomeWords(call: Pick<CallRecord, 'outcome'>): string {
  return t(OUTCOME_WORDS[call.outcome]);
}

export function durationWords(call: CallRecord): string {
  return call.durationSeconds === null ? '' : formatDuration(call.durationSeconds * 1000);
}

/** "14:05" today, "Mon 14:05" this week, else the date. */
export function whenWords(at: number, now = Date.now(), locale = uiLocale()): string {
  const d = new Date(at);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  if (sameDay) return d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (now - at < 6 * 86_400_000) return d.toLocaleString(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function whoWords(call: CallRecord): string {
  return call.displayName ? `${call.displayName} (${call.remoteDisplay})` : call.remoteDisplay;
}
