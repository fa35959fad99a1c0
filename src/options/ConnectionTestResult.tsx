import type { ConnectionTestOutcome } from '../shared/protocol/connection-test';
import { t } from '../shared/i18n';

/** "Test connection" in words: registered, or what went wrong and how to fix it. */
export function ConnectionTestResult(props: { outcome: ConnectionTestOutcome }) {
  const { outcome } = props;
  const good = outcome.code === 'registered';
  return (
    <div class={`notice ${good ? 'notice-ok' : 'notice-error'}`} role="status" data-testid="test-result" data-code={outcome.code}>
      <p>{outcome.message}</p>
      {outcome.helpUrl !== undefined ? (
        <p>
          <a href={outcome.helpUrl} target="_blank" rel="noreferrer">
            {t('testOpenCertificate', outcome.helpUrl)}
          </a>
          {t('testThenAgain')}
        </p>
      ) : null}
    </div>
  );
}
