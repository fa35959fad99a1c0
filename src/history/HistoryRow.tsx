import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/db/records';
import { t, uiLocale } from '../shared/i18n';
import { durationWords, outcomeWords } from '../shared/ui/call-words-history';

/**
 * One call: when, who, outcome, duration, wrap-up (editable), and Call back.
 * Edit swaps its button for the editor, so focus moves into the editor, and
 * back to Edit once saved, rather than falling to the top of the page.
 */
export function HistoryRow(props: {
  call: CallRecord;
  dispositions: readonly string[];
  selected: boolean;
  onSelect(selected: boolean): void;
  onCallBack(): void;
  onSaveWrapUp(disposition: string | null, notes: string): Promise<string | null>;
}) {
  const { call } = props;
  const [editing, setEditing] = useState(false);
  const [disposition, setDisposition] = useState(call.disposition ?? '');
  const [notes, setNotes] = useState(call.notes);
  const [error, setError] = useState<string | null>(null);
  const who = call.displayName ?? call.remoteDisplay;
  const editor = useRef<HTMLSelectElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (editing) editor.current?.focus();
    else if (opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);
  return (
    <tr data-outcome={call.outcome} data-testid="history-row">
      <td>
        <input type="checkbox" aria-label={t('historySelectCall', who)} checked={props.selected} onChange={(e) => props.onSelect(e.currentTarget.checked)} />
      </td>
      <td>{new Date(call.startedAt).toLocaleString(uiLocale())}</td>
      <td>{t(call.direction === 'inbound' ? 'historyIn' : 'historyOut')}</td>
      <td>
        <span class="who">{who}</span>
        {call.displayName ? <span class="muted"> {call.remoteDisplay}</span> : null}
        {call.related ? <span class="muted"> · {call.related.type} {call.related.id}</span> : null}
      </td>
      <td data-testid="history-outcome">
        {outcomeWords(call)}
        {call.failureReason ? <span class="muted"> · {call.failureReason}</span> : null}
      </td>
      <td data-testid="history-duration">{call.answeredAt !== null ? durationWords(call) : ''}</td>
      <td>
        {editing ? (
          <form
            class="edit-wrapup"
            onSubmit={(e) => {
              e.preventDefault();
              void props.onSaveWrapUp(disposition || null, notes).then((err) => {
                setError(err);
                if (err === null) setEditing(false);
              });
            }}
          >
            <select ref={editor} aria-label={t('wrapUpDisposition')} value={disposition} onChange={(e) => setDisposition(e.currentTarget.value)}>
              <option value="">{t('wrapUpNone')}</option>
              {[...new Set([...props.dispositions, ...(call.disposition ? [call.disposition] : [])])].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
            <textarea aria-label={t('wrapUpNotes')} rows={2} maxLength={10_000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
            <button type="submit">{t('actSave')}</button>
            {error ? <span role="alert" class="field-error">{error}</span> : null}
          </form>
        ) : (
          <>
            {call.disposition ?? ''}
            {call.notes ? <span class="muted"> · {call.notes}</span> : null}{' '}
            <button type="button" class="link-button" ref={editButton} onClick={() => setEditing(true)} aria-label={t('historyEditWrapUp', who)}>
              {t('historyEdit')}
            </button>
          </>
        )}
      </td>
      <td>
        <button type="button" class="link-button" onClick={props.onCallBack} aria-label={t('actCallBackWho', who)}>
          {t('actCallBack')}
        </button>
      </td>
    </tr>
  );
}
