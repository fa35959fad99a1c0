import { useState } from 'preact/hooks';
import type { AgentStatus } from '../shared/agent-status';
import { t } from '../shared/i18n';
import type { AppError } from '../shared/result';
import type { Connector } from '../shared/ui/connector';
import { ConnectionLine } from './ConnectionLine';
import { ErrorNotice } from './ErrorNotice';
import { StatusSwitch } from './StatusSwitch';
import { useSnapshot } from './use-snapshot';
import { PhonePanel } from './PhonePanel';
import { PageTools } from './PageTools';
import type { HistoryConnector } from '../shared/ui/history-connector';
import { AfterCalls } from './AfterCalls';
import { useFocusRescue } from '../shared/ui/focus-rescue';

/** Where focus goes when the control that had it disappears: the call in progress, else the ringing call's Answer, else the number field. */
function popupFocusHome(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.active-call') ?? document.querySelector<HTMLElement>('.incoming .answer') ?? document.getElementById('dial-input');
}

/** The toolbar popup: a view of the worker's snapshot, with the status switch. */
export function Popup(props: { connector: Connector; history: HistoryConnector }) {
  const { connector, history } = props;
  const { snapshot, loadError, set } = useSnapshot(connector);
  const [actionError, setActionError] = useState<AppError | null>(null);
  // The choice shows at once; broadcasts that predate it do not flip it back.
  const [pendingStatus, setPendingStatus] = useState<AgentStatus | null>(null);
  useFocusRescue(popupFocusHome);

  if (snapshot === null) {
    return <main class="popup">{loadError ? <ErrorNotice error={loadError} onOpenSettings={connector.openOptions} /> : <p>{t('loading')}</p>}</main>;
  }

  const choose = async (status: AgentStatus) => {
    setActionError(null);
    setPendingStatus(status);
    const result = await connector.setStatus(status);
    setPendingStatus(null);
    if (result.ok) set(result.value);
    else setActionError(result.error);
  };

  const error = actionError ?? (snapshot.status !== 'offline' ? snapshot.phone.error : null);
  const mic = snapshot.phone.mic;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {snapshot.account ? <p class="account">{snapshot.account}</p> : null}
      </header>
      {!snapshot.configured ? (
        <div class="notice">
          <p>{t('popupSetUp')}</p>
          <button type="button" class="primary" onClick={connector.openOptions}>
            {t('actOpenSettings')}
          </button>
        </div>
      ) : (
        <>
          <StatusSwitch value={pendingStatus ?? snapshot.status} disabled={false} onChange={(s) => void choose(s)} />
          <ConnectionLine snapshot={snapshot} onRetry={() => void connector.reconnectNow()} />
          <PhonePanel snapshot={snapshot} connector={connector} onError={setActionError} />
          <AfterCalls snapshot={snapshot} connector={connector} history={history} onError={setActionError} />
          <PageTools />
        </>
      )}
      {error !== null ? <ErrorNotice error={error} onOpenSettings={connector.openOptions} /> : null}
      {snapshot.phone.notice !== null ? (
        <p class="notice notice-warning" role="status">
          {snapshot.phone.notice}
        </p>
      ) : null}
      {mic === 'denied' || mic === 'prompt' ? (
        <div class="notice notice-warning">
          <p>{t(mic === 'denied' ? 'micBlocked' : 'micNotYet')}</p>
          <button type="button" class="link-button" onClick={connector.openMicPage}>
            {t('micAllowLink')}
          </button>
        </div>
      ) : null}
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={connector.openOptions}>
          {t('actSettings')}
        </button>
      </footer>
    </main>
  );
}
