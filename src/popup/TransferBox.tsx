import { useState } from 'preact/hooks';
import type { CallSnapshot } from '../shared/call-snapshot';

/**
 * Transfer the call: blind (REFER straight to the number) or attended
 * (call the number first, talk, then complete: REFER with Replaces).
 */
export function TransferBox(props: {
  call: CallSnapshot;
  consult: CallSnapshot | null;
  onBlind(target: string): void;
  onConsult(target: string): void;
  onComplete(): void;
  onClose(): void;
}) {
  const [target, setTarget] = useState('');
  if (props.consult !== null) {
    return (
      <section class="transfer" aria-label="Attended transfer">
        <p>
          Consulting {props.consult.remoteName ?? props.consult.remoteNumber}
          {props.consult.phase === 'connected' ? '' : ' (ringing)'}.
        </p>
        <button type="button" class="primary" onClick={props.onComplete} disabled={props.consult.phase !== 'connected'}>
          Complete transfer
        </button>
      </section>
    );
  }
  return (
    <form class="transfer" aria-label="Transfer" onSubmit={(e) => e.preventDefault()}>
      <label for="transfer-target">Transfer to</label>
      <input id="transfer-target" type="tel" value={target} maxLength={64} onInput={(e) => setTarget(e.currentTarget.value)} autoFocus />
      <div class="call-actions">
        <button type="button" onClick={() => props.onBlind(target)} disabled={target.trim() === ''}>
          Transfer now
        </button>
        <button type="button" onClick={() => props.onConsult(target)} disabled={target.trim() === ''}>
          Consult first
        </button>
        <button type="button" class="link-button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
