import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppSnapshot } from '../shared/phone-snapshot';
import { t } from '../shared/i18n';
import type { CallAction } from '../shared/protocol/schemas';
import type { AppError, Result } from '../shared/result';
import type { Connector } from '../shared/ui/connector';
import { ActiveCall } from './ActiveCall';
import { Dialpad } from './Dialpad';
import { IncomingCall } from './IncomingCall';
import { usePhoneKeys } from './use-phone-keys';

/** Calls in the popup: the dialpad when idle, the ringing call, the call in progress. */
export function PhonePanel(props: { snapshot: AppSnapshot; connector: Connector; onError(error: AppError | null): void }) {
  const { snapshot, connector, onError } = props;
  const [number, setNumber] = useState('');
  const calls = snapshot.phone.calls;
  const live = calls.filter((c) => c.phase !== 'ended');
  const incoming = live.find((c) => c.phase === 'incoming') ?? null;
  const inProgress = live.filter((c) => c.phase !== 'incoming');
  const consult = inProgress.find((c) => c.consultFor !== null) ?? null;
  const lastEnded = live.length === 0 ? [...calls].reverse().find((c) => c.phase === 'ended') ?? null : null;
  const active = inProgress.find((c) => c.phase === 'connected' && !c.onHold) ?? inProgress[0] ?? null;

  // Opening the dialpad is the moment to get the microphone ready (issue 3: speed).
  useEffect(() => {
    if (snapshot.status !== 'offline') void connector.warmUp();
  }, [connector, snapshot.status]);

  const report = async (pending: Promise<Result<unknown>>) => {
    const result = await pending;
    onError(result.ok ? null : result.error);
    return result.ok;
  };
  const call = async () => {
    const dialled = number;
    if (dialled.trim() === '') return;
    // Clear the field only if it still holds what was dialled: the answer can
    // come after the call has already failed and the agent typed the next number.
    if (await report(connector.dial(dialled))) setNumber((n) => (n === dialled ? '' : n));
  };
  const act = (action: CallAction, callId?: string) => {
    const id = callId ?? active?.id;
    if (id !== undefined) void report(connector.callAction(id, action));
  };

  // Tones go one after another: concurrent messages could overtake each other
  // on the way to the phone, and digits must reach the far end in order.
  const tones = useRef<Promise<unknown>>(Promise.resolve());
  const tone = (callId: string, digit: string) => {
    tones.current = tones.current.then(() => report(connector.dtmf(callId, digit)));
  };

  const keys = {
    digit: (key: string) => {
      if (active?.phase === 'connected') tone(active.id, key === '+' ? '0' : key);
      else setNumber((n) => n + key);
    },
    backspace: () => setNumber((n) => n.slice(0, -1)),
    enter: () => {
      if (incoming !== null) act(incoming.waiting ? 'holdAndAnswer' : 'answer', incoming.id);
      else if (inProgress.length === 0) void call();
    },
    escape: () => {
      if (active !== null) act('hangup', active.id);
      else setNumber('');
    },
  };
  usePhoneKeys(keys);

  return (
    <div class="phone">
      {incoming !== null ? (
        <IncomingCall
          call={incoming}
          onAnswer={() => act(incoming.waiting ? 'holdAndAnswer' : 'answer', incoming.id)}
          onDecline={() => act('decline', incoming.id)}
        />
      ) : null}
      {inProgress.map((c) => (
        <ActiveCall
          key={c.id}
          call={c}
          consult={c.consultFor === null ? consult : null}
          onAction={(action) => act(action, c.id)}
          onDtmf={(digit) => tone(c.id, digit)}
          onBlindTransfer={(target) => void report(connector.transfer(c.id, target))}
          onConsult={(target) =>
            void (async () => {
              if (!c.onHold) await report(connector.callAction(c.id, 'hold'));
              await report(connector.dial(target, c.id));
            })()
          }
          onCompleteTransfer={() => consult !== null && void report(connector.completeTransfer(c.id, consult.id))}
        />
      ))}
      {inProgress.length === 0 ? (
        <>
          {lastEnded !== null ? (
            <div class="notice ended" data-testid="call-ended" role="status">
              <p>
                {t('callEndedWho', lastEnded.remoteName ?? lastEnded.remoteNumber, lastEnded.endWords ?? t('callEnded'))}
              </p>
              <button type="button" class="link-button" onClick={() => void connector.dismissEnded()}>
                {t('actDismiss')}
              </button>
            </div>
          ) : null}
          <Dialpad value={number} onChange={setNumber} onCall={() => void call()} dialPlan={snapshot.dialPlan} busy={snapshot.status === 'offline'} />
        </>
      ) : null}
    </div>
  );
}
