import { useEffect, useRef, useState } from 'preact/hooks';
import type { PendingConsent } from '../shared/protocol/page-protocol';
import { t } from '../shared/i18n';
import { rich } from '../shared/ui/rich-text';
import type { PageConnector } from '../shared/ui/page-connector';

/**
 * "crm.example.com wants to call +1 212 736 4190": a web page on a site the
 * agent has not trusted asked for a call (issue 4, consent). Nothing dials
 * until the agent presses Call or Always allow. The buttons wake up after a
 * moment, so a page cannot time its request to catch a click the agent meant
 * for something else. For the same reason, the window opens with focus on
 * Ignore: an agent typing Enter into a CRM form as the window pops up
 * ignores the request, never dials. Escape ignores it too; Call is one
 * Shift+Tab away.
 */
const ARM_AFTER_MS = 600;

export function ConsentPage(props: { connector: PageConnector; requestKey: string; onDone(): void }) {
  const { connector, requestKey, onDone } = props;
  const [request, setRequest] = useState<PendingConsent | null | undefined>(undefined);
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ignoreButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void connector.pendingConsent(requestKey).then((r) => setRequest(r.ok ? r.value : null));
    const timer = setTimeout(() => setArmed(true), ARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [connector, requestKey]);

  useEffect(() => {
    if (request === null || request === undefined) return;
    const timer = setTimeout(() => setRequest(null), Math.max(0, request.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [request]);

  const answer = async (choice: 'call' | 'ignore' | 'always') => {
    if (request === null || request === undefined) return;
    setBusy(true);
    const result = await connector.answerConsent(request.key, choice);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  const pending = request !== null && request !== undefined;
  useEffect(() => {
    if (pending) ignoreButton.current?.focus();
  }, [pending]);

  useEffect(() => {
    if (!pending || busy) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      void answer('ignore');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (request === undefined) return <main class="consent"><p>{t('loading')}</p></main>;
  if (request === null) {
    return (
      <main class="consent">
        <p role="status">{t('consentExpired')}</p>
        <button type="button" onClick={onDone}>{t('actClose')}</button>
      </main>
    );
  }

  const host = new URL(request.origin).host;

  return (
    <main class="consent">
      <h1>{rich('consentWantsToCall', <span class="consent-site">{host}</span>, <span class="consent-number">{request.display}</span>)}</h1>
      {request.pageTitle ? <p class="consent-page">{t('consentFromPage', request.pageTitle)}</p> : null}
      <p class="consent-hint">{t('consentHint')}</p>
      <div class="consent-actions">
        <button type="button" class="primary" disabled={!armed || busy} onClick={() => void answer('call')}>
          {t('actCall')}
        </button>
        <button type="button" ref={ignoreButton} disabled={busy} onClick={() => void answer('ignore')}>
          {t('consentIgnore')}
        </button>
        <button type="button" disabled={!armed || busy} onClick={() => void answer('always')}>
          {t('consentAlways')}
        </button>
      </div>
      {error !== null ? <p role="alert" class="notice notice-error">{error}</p> : null}
    </main>
  );
}
