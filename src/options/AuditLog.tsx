import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry, AuditKind } from '../shared/db/records';
import { t, uiLocale, type MessageKey } from '../shared/i18n';
import { download, type HistoryConnector } from '../shared/ui/history-connector';

const KIND: Record<AuditKind, MessageKey> = {
  registration: 'auditKindRegistration',
  status: 'auditKindStatus',
  call: 'auditKindCall',
  consent: 'auditKindConsent',
  settings: 'auditKindSettings',
};

/** The audit log: registration, status, calls, consent and settings events, newest first, with CSV export. */
export function AuditLog(props: { history: HistoryConnector }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [limit, setLimit] = useState(100);
  useEffect(() => {
    void props.history.audit(limit).then(setEntries);
  }, [props.history, limit]);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('auditTitle')}</h2>
      <div class="actions">
        <button type="button" onClick={() => void props.history.exportAuditCsv().then((blob) => download(blob, `switchboard-audit-${new Date().toISOString().slice(0, 10)}.csv`))}>
          {t('auditExport')}
        </button>
      </div>
      {entries === null ? null : entries.length === 0 ? (
        <p class="field-hint">{t('auditEmpty')}</p>
      ) : (
        <table class="audit" aria-label={t('auditTitle')} data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('auditColKind')}</th>
              <th scope="col">{t('auditColEvent')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString(uiLocale())}</td>
                <td>{KIND[e.kind] !== undefined ? t(KIND[e.kind]) : e.kind}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries !== null && entries.length === limit ? (
        <button type="button" onClick={() => setLimit(limit + 100)}>
          {t('actShowMore')}
        </button>
      ) : null}
    </section>
  );
}
