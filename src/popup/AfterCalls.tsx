import { useEffect, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/db/records';
import type { AppSnapshot } from '../shared/phone-snapshot';
import type { AppError } from '../shared/result';
import type { Connector } from '../shared/ui/connector';
import type { HistoryConnector } from '../shared/ui/history-connector';
import { awaitsWrapUp } from '../shared/wrap-up';
import { RecentCalls } from './RecentCalls';
import { WrapUpForm } from './WrapUpForm';

/**
 * Below the phone when no call is up: the wrap-up of the call that just
 * ended, else the recent calls. Opening the popup counts as looking at
 * missed calls, which clears the badge's count.
 */
export function AfterCalls(props: { snapshot: AppSnapshot; connector: Connector; history: HistoryConnector; onError(e: AppError | null): void }) {
  const { snapshot, history } = props;
  const live = snapshot.phone.calls.some((c) => c.phase !== 'ended');
  // Re-read history whenever a call ends or a wrap-up is saved.
  const endedKey = snapshot.phone.calls.filter((c) => c.phase === 'ended').map((c) => c.id).join(',');
  const [saved, setSaved] = useState(0);
  const [pending, setPending] = useState<CallRecord | null>(null);
  const [later, setLater] = useState<string | null>(null);

  useEffect(() => {
    void history.missedSeen();
  }, [history, snapshot.missedCalls]);

  useEffect(() => {
    void history.recent(1).then(([last]) => setPending(awaitsWrapUp(last) ? last : null));
  }, [history, endedKey, saved]);

  if (live) return null;
  if (pending !== null && pending.id !== later) {
    return (
      <WrapUpForm
        call={pending}
        dispositions={snapshot.wrapUp.dispositions}
        required={snapshot.wrapUp.required}
        history={history}
        onDone={() => {
          setLater(pending.id);
          setSaved((n) => n + 1);
        }}
      />
    );
  }
  return (
    <RecentCalls
      history={history}
      refreshKey={saved + endedKey.length}
      onCallBack={(number) =>
        void props.connector.dial(number).then((r) => props.onError(r.ok ? null : r.error))
      }
      onOpenHistory={() => void chrome.tabs.create({ url: chrome.runtime.getURL('src/history/index.html') })}
    />
  );
}
