import { useEffect, useState } from 'preact/hooks';
import type { AppSnapshot } from '../shared/phone-snapshot';
import { t } from '../shared/i18n';
import { registrationWords } from '../shared/registration-words';

/** Registration in words, with the countdown to the next try while reconnecting. */
export function ConnectionLine(props: { snapshot: AppSnapshot; onRetry(): void }) {
  const { phone, status } = props.snapshot;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (phone.nextRetryAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [phone.nextRetryAt]);
  const words = status === 'offline' ? t('connOffline') : registrationWords(phone.registration);
  const seconds = phone.nextRetryAt === null ? null : Math.max(0, Math.ceil((phone.nextRetryAt - now) / 1000));
  return (
    <div class={`connection connection-${phone.registration}`}>
      <p class="connection-words" role="status" data-testid="registration">
        {seconds !== null ? t('connNextTry', words, seconds) : words}
      </p>
      {phone.registration === 'reconnecting' || phone.registration === 'failed' ? (
        <button type="button" class="link-button" onClick={props.onRetry}>
          {t('actRetryNow')}
        </button>
      ) : null}
    </div>
  );
}
