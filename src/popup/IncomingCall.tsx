import { useEffect, useRef } from 'preact/hooks';
import type { CallSnapshot } from '../shared/call-snapshot';
import { t } from '../shared/i18n';

const TEXT_ENTRY = new Set(['text', 'tel', 'search', 'url', 'email', 'password', 'number']);

/** The agent is in the middle of typing: a text field with something in it. */
function typing(el: Element | null): boolean {
  const field = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_ENTRY.has(el.type));
  return field && (el as HTMLInputElement | HTMLTextAreaElement).value !== '';
}

/**
 * A ringing call: who it is, Answer (or Hold and answer) and Decline.
 * Announced to screen readers as an alert. Answer takes focus, so Enter or
 * Space answers, unless the agent is typing (a space in their notes must not
 * answer a call); the `autofocus` attribute would not do it, as it only
 * applies to elements present when the page loads.
 */
export function IncomingCall(props: { call: CallSnapshot; onAnswer(): void; onDecline(): void }) {
  const { call } = props;
  const who = call.remoteName ?? call.remoteNumber;
  const answer = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!typing(document.activeElement)) answer.current?.focus();
  }, [call.id]);
  return (
    <section class="incoming" aria-labelledby={`incoming-${call.id}`} data-testid="incoming-call">
      <p role="alert" id={`incoming-${call.id}`} class="incoming-title">
        {t(call.waiting ? 'incomingWaiting' : 'incomingCall', who)}
      </p>
      {call.remoteName ? <p class="incoming-number">{call.remoteNumber}</p> : null}
      {call.autoAnswerAt !== null ? <p class="incoming-auto">{t('incomingAutoAnswer')}</p> : null}
      <div class="call-actions">
        <button type="button" class="primary answer" ref={answer} onClick={props.onAnswer}>
          {t(call.waiting ? 'actHoldAndAnswer' : 'actAnswer')}
        </button>
        <button type="button" class="danger" onClick={props.onDecline}>
          {t('actDecline')}
        </button>
      </div>
    </section>
  );
}
