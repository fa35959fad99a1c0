import { useEffect, useState } from 'preact/hooks';
import './page-tools.css';
import type { PageNumber } from '../shared/protocol/page-protocol';
import { t } from '../shared/i18n';
import { extensionPageConnector, type PageConnector } from '../shared/ui/page-connector';

interface PageState {
  readonly origin: string | null;
  readonly numbers: readonly PageNumber[];
  readonly enabled: boolean;
}

let defaultConnector: PageConnector | null = null;

/**
 * The keyboard path to click-to-call and the per-site switch (issue 4):
 * "Numbers on this page" lists what the active tab's content scripts found,
 * each a button (Tab to it, Enter calls); "Detect numbers on this site" turns
 * detection off or on for the page's origin, at once.
 */
export function PageTools(props: { connector?: PageConnector }) {
  const connector = props.connector ?? (defaultConnector ??= extensionPageConnector());
  const [page, setPage] = useState<PageState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [calling, setCalling] = useState<string | null>(null);

  const load = async () => {
    const r = await connector.pageNumbers();
    if (r.ok) setPage(r.value);
    else setError(r.error.message);
  };
  useEffect(() => void load(), [connector]);

  if (page === null || page.origin === null) return null;
  const origin = page.origin;
  const host = new URL(origin).host;

  const toggle = async (enabled: boolean) => {
    const r = await connector.setSiteDetection(origin, enabled);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    await load();
  };

  const call = async (n: PageNumber) => {
    setCalling(n.e164);
    const r = await connector.callNumber(n.ext !== undefined ? `${n.e164};ext=${n.ext}` : n.e164);
    setCalling(null);
    setError(r.ok ? null : r.error.message);
  };

  return (
    <section class="page-tools" aria-labelledby="page-tools-title" data-testid="page-tools">
      <h2 id="page-tools-title">{t('pageNumbersTitle')}</h2>
      <label class="page-switch">
        <input type="checkbox" checked={page.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {t('pageDetectOn', host)}
      </label>
      {page.enabled && page.numbers.length === 0 ? <p class="page-none">{t('pageNoNumbers')}</p> : null}
      {page.numbers.length > 0 ? (
        <ul class="page-numbers">
          {page.numbers.map((n) => (
            <li key={`${n.e164};${n.ext ?? ''}`}>
              <button type="button" class="page-number" disabled={calling !== null} onClick={() => void call(n)} aria-label={t('actCallNumber', n.text)}>
                {n.text}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error !== null ? <p role="alert" class="notice notice-error">{error}</p> : null}
    </section>
  );
}
