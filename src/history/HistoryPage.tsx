import { useEffect, useState } from 'preact/hooks';
import { CALL_OUTCOMES, type CallRecord } from '../shared/db/records';
import type { AppSnapshot } from '../shared/phone-snapshot';
import type { Connector } from '../shared/ui/connector';
import { download, type HistoryConnector } from '../shared/ui/history-connector';
import { outcomeWords } from '../shared/ui/call-words-history';
import { NO_FILTERS, toSearch, type Filters } from './filters';
import { HistoryRow } from './HistoryRow';

const PAGE = 50;

/** The full call history: search, filters, call back, wrap-ups, export, delete. */
export function HistoryPage(props: { connector: Connector; history: HistoryConnector }) {
  const { connector, history } = props;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [rows, setRows] = useState<CallRecord[]>([]);
  const [more, setMore] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<AppSnapshot | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void connector.getSnapshot().then((r) => r.ok && setSnapshot(r.value));
    return connector.subscribe(setSnapshot);
  }, [connector]);

  useEffect(() => {
    let stale = false;
    void history.search(toSearch(filters, PAGE + 1, 0)).then((found) => {
      if (stale) return;
      setRows(found.slice(0, PAGE));
      setMore(found.length > PAGE);
    });
    return () => {
      stale = true;
    };
  }, [history, filters, version]);

  const loadMore = async () => {
    const found = await history.search(toSearch(filters, PAGE + 1, rows.length));
    setRows([...rows, ...found.slice(0, PAGE)]);
    setMore(found.length > PAGE);
  };
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const dispositions = snapshot?.wrapUp.dispositions ?? [];

  const remove = async () => {
    if (selected.size === 0) return;
    if (!confirm(`Delete ${selected.size} call${selected.size === 1 ? '' : 's'} from the history?`)) return;
    const r = await history.deleteCalls([...selected]);
    setMessage(r.ok ? `Deleted ${r.value.deleted}.` : r.error.message);
    setSelected(new Set());
    setVersion((v) => v + 1);
  };
  const clearAll = async () => {
    if (!confirm('Delete the whole call history and audit log? This cannot be undone.')) return;
    const r = await history.clearAll();
    setMessage(r.ok ? 'The history is empty.' : r.error.message);
    setVersion((v) => v + 1);
  };
  const exportCsv = async () => {
    setMessage('Preparing the export…');
    const blob = await history.exportCsv();
    download(blob, `switchboard-calls-${new Date().toISOString().slice(0, 10)}.csv`);
    setMessage('Exported.');
  };

  return (
    <main class="history">
      <h1>Call history</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="q">Search by number or name</label>
          <input id="q" type="search" value={filters.text} maxLength={100} onInput={(e) => set({ text: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="direction">Direction</label>
          <select id="direction" value={filters.direction} onChange={(e) => set({ direction: e.currentTarget.value as Filters['direction'] })}>
            <option value="">All</option>
            <option value="inbound">Incoming</option>
            <option value="outbound">Outgoing</option>
          </select>
        </div>
        <div class="field">
          <label for="outcome">Outcome</label>
          <select id="outcome" value={filters.outcome} onChange={(e) => set({ outcome: e.currentTarget.value as Filters['outcome'] })}>
            <option value="">All</option>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeWords({ outcome: o } as CallRecord)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="disposition">Disposition</label>
          <select id="disposition" value={filters.disposition} onChange={(e) => set({ disposition: e.currentTarget.value })}>
            <option value="">All</option>
            {dispositions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="from">From</label>
          <input id="from" type="date" value={filters.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="to">To</label>
          <input id="to" type="date" value={filters.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </div>
      </form>
      <div class="actions">
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button type="button" onClick={() => void remove()} disabled={selected.size === 0}>
          Delete selected
        </button>
        <button type="button" class="danger" onClick={() => void clearAll()}>
          Clear all
        </button>
        <button type="button" class="link-button" onClick={connector.openOptions}>
          Retention and dispositions
        </button>
      </div>
      {message ? (
        <p role="status" class="notice" data-testid="history-message">
          {message}
        </p>
      ) : null}
      <table class="calls" aria-label="Calls">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Select</span>
            </th>
            <th scope="col">When</th>
            <th scope="col">Dir.</th>
            <th scope="col">Who</th>
            <th scope="col">Outcome</th>
            <th scope="col">Duration</th>
            <th scope="col">Wrap-up</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((call) => (
            <HistoryRow
              key={call.id}
              call={call}
              dispositions={dispositions}
              selected={selected.has(call.id)}
              onSelect={(on) => {
                const next = new Set(selected);
                if (on) next.add(call.id);
                else next.delete(call.id);
                setSelected(next);
              }}
              onCallBack={() => void connector.dial(call.remoteE164 ?? call.remoteDisplay).then((r) => setMessage(r.ok ? `Calling ${call.remoteDisplay}…` : r.error.message))}
              onSaveWrapUp={async (disposition, notes) => {
                const r = await history.saveWrapUp(call.id, disposition, notes);
                if (r.ok) setVersion((v) => v + 1);
                return r.ok ? null : r.error.message;
              }}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p class="muted">No calls match.</p> : null}
      {more ? (
        <button type="button" onClick={() => void loadMore()}>
          Show more
        </button>
      ) : null}
    </main>
  );
}
