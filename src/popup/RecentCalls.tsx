import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/db/records';
import { t } from '../shared/i18n';
import { durationWords, outcomeWords, whenWords } from '../shared/ui/call-words-history';
import type { HistoryConnector } from '../shared/ui/history-connector';

const PAGE = 10;

/** The last calls, ten at a glance and more on scroll, each with Call back. */
export function RecentCalls(props: { history: HistoryConnector; refreshKey: number; onCallBack(number: string): void; onOpenHistory(): void }) {
  const { history } = props;
  const [calls, setCalls] = useState<CallRecord[] | null>(null);
  const [done, setDone] = useState(false);
  const sentinel = useRef<HTMLLIElement>(null);

  useEffect(() => {
    void history.recent(PAGE).then((first) => {
      setCalls(first);
      setDone(first.length < PAGE);
      performance.mark('switchboard:recent-rendered');
    });
  }, [history, props.refreshKey]);

  const more = useCallback(async () => {
    if (calls === null || done || calls.length === 0) return;
    const next = await history.recent(PAGE, calls[calls.length - 1]);
    setCalls([...calls, ...next]);
    setDone(next.length < PAGE);
  }, [calls, done, history]);

  useEffect(() => {
    const el = sentinel.current;
    if (el === null) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void more();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [more]);

  if (calls === null) return null;
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <div class="recent-head">
        <h2 id="recent-heading">{t('recentTitle')}</h2>
        <button type="button" class="link-button" onClick={props.onOpenHistory}>
          {t('recentAllCalls')}
        </button>
      </div>
      {calls.length === 0 ? <p class="muted">{t('recentNone')}</p> : null}
      <ul class="recent-list" data-testid="recent-calls">
        {calls.map((c) => (
          <li key={c.id} class={`recent-item outcome-${c.outcome}`} data-outcome={c.outcome}>
            <span class="recent-dir" role="img" aria-label={t(c.direction === 'inbound' ? 'dirIncoming' : 'dirOutgoing')}>
              {c.direction === 'inbound' ? '↙' : '↗'}
            </span>
            <span class="recent-who">{c.displayName ?? c.remoteDisplay}</span>
            <span class="recent-meta">
              {outcomeWords(c)}
              {c.durationSeconds !== null && c.answeredAt !== null ? ` · ${durationWords(c)}` : ''} · {whenWords(c.startedAt)}
            </span>
            <button type="button" class="link-button" aria-label={t('actCallBackWho', c.displayName ?? c.remoteDisplay)} onClick={() => props.onCallBack(c.remoteE164 ?? c.remoteDisplay)}>
              {t('actCallBack')}
            </button>
          </li>
        ))}
        {!done ? <li ref={sentinel} class="recent-more" aria-hidden="true" /> : null}
      </ul>
    </section>
  );
}
