import type { CallSnapshot } from '../shared/call-snapshot';

/** A ringing call: who it is, Answer (or Hold and answer) and Decline. Announced to screen readers. */
export function IncomingCall(props: { call: CallSnapshot; onAnswer(): void; onDecline(): void }) {
  const { call } = props;
  const who = call.remoteName ?? call.remoteNumber;
  return (
    <section class="incoming" aria-labelledby={`incoming-${call.id}`} data-testid="incoming-call">
      <p role="alert" id={`incoming-${call.id}`} class="incoming-title">
        {call.waiting ? 'Call waiting' : 'Incoming call'}: {who}
      </p>
      {call.remoteName ? <p class="incoming-number">{call.remoteNumber}</p> : null}
      {call.autoAnswerAt !== null ? <p class="incoming-auto">Answering automatically…</p> : null}
      <div class="call-actions">
        <button type="button" class="primary answer" onClick={props.onAnswer} autoFocus>
          {call.waiting ? 'Hold and answer' : 'Answer'}
        </button>
        <button type="button" class="danger" onClick={props.onDecline}>
          Decline
        </button>
      </div>
    </section>
  );
}
