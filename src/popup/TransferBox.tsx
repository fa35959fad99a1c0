import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallSnapshot } from '../shared/call-snapshot';
import { t } from '../shared/i18n';

/**
 * Transfer the call: blind (REFER straight to the number) or attended
 * (call the number first, talk, then complete: REFER with Replaces). The
 * number field takes focus when the box opens (the `autofocus` attribute
 * only applies to elements present when the page loads).
 */
export function TransferBox(props: {
  call: CallSnapshot;
  consult: CallSnapshot | null;
  onBlind(target: string): void;
  onConsult(target: string): void;
  onComplete(): void;
  onClose(): void;
}) {
  const [target, setTarget] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  if (props.consult !== null) {
    return (
      <section class="transfer" aria-label={t('transferAttended')}>
        <p>{t(props.consult.phase === 'connected' ? 'transferConsulting' : 'transferConsultingRinging', props.consult.remoteName ?? props.consult.remoteNumber)}</p>
        <button type="button" class="primary" onClick={props.onComplete} disabled={props.consult.phase !== 'connected'}>
          {t('transferComplete')}
        </button>
      </section>
    );
  }
  return (
    <form class="transfer" aria-label={t('actTransfer')} onSubmit={(e) => e.preventDefault()}>
      <label for="transfer-target">{t('transferTo')}</label>
      <input id="transfer-target" type="tel" value={target} maxLength={64} onInput={(e) => setTarget(e.currentTarget.value)} ref={field} />
      <div class="call-actions">
        <button type="button" onClick={() => props.onBlind(target)} disabled={target.trim() === ''}>
          {t('transferNow')}
        </button>
        <button type="button" onClick={() => props.onConsult(target)} disabled={target.trim() === ''}>
          {t('transferConsultFirst')}
        </button>
        <button type="button" class="link-button" onClick={props.onClose}>
          {t('actCancel')}
        </button>
      </div>
    </form>
  );
}
