import { useRef, useState } from 'preact/hooks';
import type { CallSnapshot } from '../shared/call-snapshot';
import { callStateWords } from '../shared/call-words';
import { t } from '../shared/i18n';
import type { CallAction } from '../shared/protocol/schemas';
import { QualityBadge } from './QualityBadge';
import { TransferBox } from './TransferBox';
import { useNow } from './use-now';

const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/**
 * The call in progress: who, its state in words with a timer, and every
 * control. The section itself can take focus (not by Tab): it is where focus
 * goes when the control that had it goes away as the call starts, so the
 * next Tab reaches Mute.
 */
export function ActiveCall(props: {
  call: CallSnapshot;
  consult: CallSnapshot | null;
  onAction(action: CallAction, callId?: string): void;
  onDtmf(digit: string): void;
  onBlindTransfer(target: string): void;
  onConsult(target: string): void;
  onCompleteTransfer(): void;
}) {
  const { call } = props;
  const now = useNow(call.phase === 'connected');
  const [panel, setPanel] = useState<'none' | 'keypad' | 'transfer'>('none');
  const transferToggle = useRef<HTMLButtonElement>(null);
  const keypadToggle = useRef<HTMLButtonElement>(null);
  const connected = call.phase === 'connected';
  // Escape closes an open keypad or transfer box (back to its button) rather
  // than hanging up: an agent dismissing a panel must not cut the customer off.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel === 'none' || props.consult !== null) return;
    e.preventDefault();
    e.stopPropagation();
    (panel === 'keypad' ? keypadToggle : transferToggle).current?.focus();
    setPanel('none');
  };
  return (
    <section class="active-call" aria-label={t('popupCurrentCall')} tabIndex={-1} data-testid="active-call" onKeyDown={onKeyDown}>
      <p class="call-who">{call.remoteName ?? call.remoteNumber}</p>
      {call.remoteName ? <p class="call-number">{call.remoteNumber}</p> : null}
      <p class="call-state" data-testid="call-state" aria-live="polite">
        {callStateWords(call, now)}
        {call.muted ? ` · ${t('callMuted')}` : ''}
      </p>
      <QualityBadge quality={connected ? call.quality : null} />
      {connected ? (
        <div class="call-controls" role="group" aria-label={t('popupCallControls')}>
          <button type="button" aria-pressed={call.muted} onClick={() => props.onAction(call.muted ? 'unmute' : 'mute')}>
            {t(call.muted ? 'actUnmute' : 'actMute')}
          </button>
          <button type="button" aria-pressed={call.onHold} onClick={() => props.onAction(call.onHold ? 'resume' : 'hold')}>
            {t(call.onHold ? 'actResume' : 'actHold')}
          </button>
          <button type="button" ref={keypadToggle} aria-expanded={panel === 'keypad'} onClick={() => setPanel(panel === 'keypad' ? 'none' : 'keypad')}>
            {t('actKeypad')}
          </button>
          <button type="button" ref={transferToggle} aria-expanded={panel === 'transfer'} onClick={() => setPanel(panel === 'transfer' ? 'none' : 'transfer')}>
            {t('actTransfer')}
          </button>
        </div>
      ) : null}
      {panel === 'keypad' && connected ? (
        <div class="keys in-call" role="group" aria-label={t('popupSendTones')}>
          {KEYPAD.map((key) => (
            <button type="button" key={key} class="key" aria-label={t('popupTone', key)} onClick={() => props.onDtmf(key)}>
              {key}
            </button>
          ))}
        </div>
      ) : null}
      {(panel === 'transfer' || props.consult !== null) && connected ? (
        <TransferBox
          call={call}
          consult={props.consult}
          onBlind={props.onBlindTransfer}
          onConsult={props.onConsult}
          onComplete={props.onCompleteTransfer}
          onClose={() => {
            // Back to the button that opened the box, before Cancel disappears with it.
            transferToggle.current?.focus();
            setPanel('none');
          }}
        />
      ) : null}
      <button type="button" class="danger hangup" onClick={() => props.onAction('hangup')}>
        {t(connected ? 'actHangUp' : 'actCancel')}
      </button>
    </section>
  );
}
