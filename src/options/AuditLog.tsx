import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../shared/db/records';
import { download, type HistoryConnector } from '../shared/ui/history-connector';

/** The audit log: registration, status, calls, consent and settings events, newest first, with CSV export. */
export function AuditLog(props: { history: HistoryConnector }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [limit, setLimit] = useState(100);
  useEffect(() => {
    void props.history.audit(limit).then(setEntries);
  }, [props.history, limit]);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <div class="actions">
        <button type="button" onClick={() => void props.history.exportAuditCsv().then((blob) => download(blob, `switchboard-audit-${new Date().toISOString().slice(0, 10)}.csv`))}>
          Export audit log (CSV)
        </button>
      </div>
      {entries === null ? null : entries.length === 0 ? (
        <p class="field-hint">Nothing logged yet.</p>
      ) : (
        <table class="audit" aria-label="Audit log" data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">Event</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.kind}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries !== null && entries.length === limit ? (
        <button type="button" onClick={() => setLimit(limit + 100)}>
          Show more
        </button>
      ) : null}
    </section>
  );
}
