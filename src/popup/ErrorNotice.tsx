import type { AppError } from '../shared/result';
import { t } from '../shared/i18n';

/** The last problem, in words, with the link that fixes it when there is one. */
export function ErrorNotice(props: { error: AppError; onOpenSettings(): void }) {
  const { error } = props;
  const settingsHelp = error.code === 'auth-refused' || error.code === 'refused';
  return (
    <div class="notice notice-error" role="alert" data-testid="error">
      <p>{error.message}</p>
      {error.helpUrl !== undefined ? (
        <p>
          <a href={error.helpUrl} target="_blank" rel="noreferrer">
            {t('errOpenToAccept', error.helpUrl)}
          </a>
        </p>
      ) : null}
      {settingsHelp ? (
        <button type="button" class="link-button" onClick={props.onOpenSettings}>
          {t('actOpenSettings')}
        </button>
      ) : null}
    </div>
  );
}
