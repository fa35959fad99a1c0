import type { CallSnapshot } from '../shared/call-snapshot';
import { t } from '../shared/i18n';

/** A ringing call: who it is, Answer (or Hold and answer) and Decline. Announced to screen readers. */
export function IncomingCall(props: { call: CallSnapshot; onAnswer(): void; onDecline(): void }) {
  const { call } = props;
  const who = call.remoteName ?? call.remoteNumber;
  return (
    <section class="incoming" aria-labelledby={`incoming-${call.id}`} data-testid="incoming-call">
      <p role="alert" id={`incoming-${call.id}`} class="incoming-title">
        {t(call.waiting ? 'incomingWaiting' : 'incomingCall', who)}
      </p>
      {call.remoteName ? <p class="incoming-number">{call.remoteNumber}</p> : null}
      {call.autoAnswerAt !== null ? <p class="incoming-auto">{t('incomingAutoAnswer')}</p> : null}
      <div class="call-actions">
        <button type="button" class="primary answer" onClick={props.onAnswer} autoFocus>
          {t(call.waiting ? 'actHoldAndAnswer' : 'actAnswer')}
        </button>
        <button type="button" class="danger" onClick={props.onDecline}>
          {t('actDecline')}
        </button>
      </div>
    </section>
  );
}
