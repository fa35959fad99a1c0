import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/db/records';
import { t } from '../shared/i18n';
import { outcomeWords, whoWords } from '../shared/ui/call-words-history';
import type { HistoryConnector } from '../shared/ui/history-connector';

/**
 * After a call: the disposition and notes. It opens focused; Enter in the
 * disposition list or Ctrl+Enter in the notes saves.
 */
export function WrapUpForm(props: { call: CallRecord; dispositions: readonly string[]; required: boolean; history: HistoryConnector; onDone(): void }) {
  const { call } = props;
  const [disposition, setDisposition] = useState<string>(call.disposition ?? '');
  const [notes, setNotes] = useState(call.notes);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), [call.id]);

  const save = async (e?: Event) => {
    e?.preventDefault();
    const result = await props.history.saveWrapUp(call.id, disposition === '' ? null : disposition, notes);
    if (result.ok) props.onDone();
    else setError(result.error.message);
  };

  return (
    <form class="wrapup" aria-labelledby="wrapup-heading" onSubmit={(e) => void save(e)} data-testid="wrap-up">
      <h2 id="wrapup-heading">{t('wrapUpTitle', whoWords(call))}</h2>
      <p class="muted">
        {outcomeWords(call)}
        {props.required ? ` · ${t('wrapUpRequiredNote')}` : ''}
      </p>
      <label for="wrapup-disposition">{t('wrapUpDisposition')}</label>
      <select
        id="wrapup-disposition"
        ref={first}
        value={disposition}
        onChange={(e) => setDisposition(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save(e);
        }}
      >
        <option value="">{t('wrapUpNone')}</option>
        {props.dispositions.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <label for="wrapup-notes">{t('wrapUpNotes')}</label>
      <textarea
        id="wrapup-notes"
        rows={3}
        maxLength={10_000}
        value={notes}
        onInput={(e) => setNotes(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="call-actions">
        <button type="submit" class="primary">
          {t('wrapUpSave')}
        </button>
        {!props.required ? (
          <button type="button" class="link-button" onClick={props.onDone}>
            {t('wrapUpLater')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
