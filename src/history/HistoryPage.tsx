import { useEffect, useState } from 'preact/hooks';
import { CALL_OUTCOMES, type CallRecord } from '../shared/db/records';
import type { AppSnapshot } from '../shared/phone-snapshot';
import { t, tPlural } from '../shared/i18n';
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
    if (!confirm(tPlural('historyDeleteConfirm', selected.size))) return;
    const r = await history.deleteCalls([...selected]);
    setMessage(r.ok ? tPlural('historyDeleted', r.value.deleted) : r.error.message);
    setSelected(new Set());
    setVersion((v) => v + 1);
  };
  const clearAll = async () => {
    if (!confirm(t('historyClearConfirm'))) return;
    const r = await history.clearAll();
    setMessage(r.ok ? t('historyCleared') : r.error.message);
    setVersion((v) => v + 1);
  };
  const exportCsv = async () => {
    setMessage(t('historyExporting'));
    const blob = await history.exportCsv();
    download(blob, `switchboard-calls-${new Date().toISOString().slice(0, 10)}.csv`);
    setMessage(t('historyExported'));
  };

  return (
    <main class="history">
      <h1>{t('historyTitle')}</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="q">{t('historySearch')}</label>
          <input id="q" type="search" value={filters.text} maxLength={100} onInput={(e) => set({ text: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="direction">{t('historyDirection')}</label>
          <select id="direction" value={filters.direction} onChange={(e) => set({ direction: e.currentTarget.value as Filters['direction'] })}>
            <option value="">{t('historyAll')}</option>
            <option value="inbound">{t('dirIncoming')}</option>
            <option value="outbound">{t('dirOutgoing')}</option>
          </select>
        </div>
        <div class="field">
          <label for="outcome">{t('historyOutcome')}</label>
          <select id="outcome" value={filters.outcome} onChange={(e) => set({ outcome: e.currentTarget.value as Filters['outcome'] })}>
            <option value="">{t('historyAll')}</option>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeWords({ outcome: o })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="disposition">{t('wrapUpDisposition')}</label>
          <select id="disposition" value={filters.disposition} onChange={(e) => set({ disposition: e.currentTarget.value })}>
            <option value="">{t('historyAll')}</option>
            {dispositions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="from">{t('historyFrom')}</label>
          <input id="from" type="date" value={filters.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="to">{t('historyTo')}</label>
          <input id="to" type="date" value={filters.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </div>
      </form>
      <div class="actions">
        <button type="button" onClick={() => void exportCsv()}>
          {t('historyExport')}
        </button>
        <button type="button" onClick={() => void remove()} disabled={selected.size === 0}>
          {t('historyDeleteSelected')}
        </button>
        <button type="button" class="danger" onClick={() => void clearAll()}>
          {t('historyClearAll')}
        </button>
        <button type="button" class="link-button" onClick={connector.openOptions}>
          {t('historyRetention')}
        </button>
      </div>
      {message ? (
        <p role="status" class="notice" data-testid="history-message">
          {message}
        </p>
      ) : null}
      <table class="calls" aria-label={t('callsHeading')}>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('historyColSelect')}</span>
            </th>
            <th scope="col">{t('colWhen')}</th>
            <th scope="col">{t('historyColDirection')}</th>
            <th scope="col">{t('historyColWho')}</th>
            <th scope="col">{t('historyOutcome')}</th>
            <th scope="col">{t('historyColDuration')}</th>
            <th scope="col">{t('historyColWrapUp')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('historyColActions')}</span>
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
              onCallBack={() => void connector.dial(call.remoteE164 ?? call.remoteDisplay).then((r) => setMessage(r.ok ? t('historyCalling', call.remoteDisplay) : r.error.message))}
              onSaveWrapUp={async (disposition, notes) => {
                const r = await history.saveWrapUp(call.id, disposition, notes);
                if (r.ok) setVersion((v) => v + 1);
                return r.ok ? null : r.error.message;
              }}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p class="muted">{t('historyNoMatch')}</p> : null}
      {more ? (
        <button type="button" onClick={() => void loadMore()}>
          {t('actShowMore')}
        </button>
      ) : null}
    </main>
  );
}
