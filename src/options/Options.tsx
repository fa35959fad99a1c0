import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConnectionTestOutcome } from '../shared/protocol/connection-test';
import { t } from '../shared/i18n';
import type { AppError } from '../shared/result';
import type { PublicSettings, SettingsField, SettingsInput } from '../shared/settings';
import type { FieldErrors } from '../shared/settings-validation';
import type { Connector } from '../shared/ui/connector';
import { ConnectionTestResult } from './ConnectionTestResult';
import { countryOptions } from './countries';
import { Field } from './Field';
import { CallPreferencesForm } from './CallPreferencesForm';
import { SitesForm } from './SitesForm';
import { AuditLog } from './AuditLog';
import type { HistoryConnector } from '../shared/ui/history-connector';

function formFrom(s: PublicSettings): SettingsInput {
  return {
    serverUrl: s.serverUrl,
    sipAddress: s.sipUser,
    sipDomain: s.sipDomain,
    authUser: s.authUser,
    // Never echoed back: the page does not receive the saved password.
    password: '',
    displayName: s.displayName,
    defaultCountry: s.defaultCountry,
  };
}

/** The account settings form: validated on save, with a real "Test connection". */
export function Options(props: { connector: Connector; history: HistoryConnector }) {
  const { connector } = props;
  const [saved, setSaved] = useState<PublicSettings | null>(null);
  const [form, setForm] = useState<SettingsInput | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<ConnectionTestOutcome | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const countries = useMemo(() => countryOptions(), []);

  useEffect(() => {
    void connector.getSettings().then((r) => {
      if (!r.ok) return setLoadError(r.error);
      setSaved(r.value);
      setForm(formFrom(r.value));
    });
  }, [connector]);

  if (loadError) return <main class="options"><p role="alert">{loadError.message}</p></main>;
  if (form === null || saved === null) return <main class="options"><p>{t('loading')}</p></main>;

  const bind = (field: SettingsField) => ({
    id: field,
    value: form[field],
    'aria-invalid': errors[field] ? true : undefined,
    // Every field has a hint (Field renders it); the error, when there is one, follows it.
    'aria-describedby': errors[field] ? `${field}-hint ${field}-error` : `${field}-hint`,
    onInput: (e: Event) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value }),
  });

  const save = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const result = await connector.saveSettings(form);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    if (!result.value.saved) {
      setErrors(result.value.fieldErrors);
      setMessage({ kind: 'error', text: t('optionsNotSaved') });
      return;
    }
    setErrors({});
    setSaved(result.value.settings);
    setForm(formFrom(result.value.settings));
    setMessage({ kind: 'ok', text: t('optionsSaved') });
  };

  const test = async () => {
    setTesting(true);
    setOutcome(null);
    const result = await connector.testConnection(form);
    setTesting(false);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setErrors(result.value.fieldErrors ?? {});
    setOutcome(result.value);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>{t('optionsAccount')}</legend>
          <Field id="serverUrl" label={t('optionsServerUrl')} hint={t('optionsServerUrlHint')} error={errors.serverUrl}>
            <input type="url" autocomplete="off" spellcheck={false} {...bind('serverUrl')} />
          </Field>
          <Field id="sipAddress" label={t('optionsSipAddress')} hint={t('optionsSipAddressHint')} error={errors.sipAddress}>
            <input type="text" autocomplete="username" spellcheck={false} {...bind('sipAddress')} />
          </Field>
          <Field id="sipDomain" label={t('optionsSipDomain')} hint={t('optionsSipDomainHint')} error={errors.sipDomain}>
            <input type="text" autocomplete="off" spellcheck={false} {...bind('sipDomain')} />
          </Field>
          <Field id="authUser" label={t('optionsAuthUser')} hint={t('optionsAuthUserHint')} error={errors.authUser}>
            <input type="text" autocomplete="off" spellcheck={false} {...bind('authUser')} />
          </Field>
          <Field
            id="password"
            label={t('optionsPassword')}
            hint={t(saved.hasPassword ? 'optionsPasswordSaved' : 'optionsPasswordHint')}
            error={errors.password}
          >
            <input type="password" autocomplete="new-password" placeholder={saved.hasPassword ? '••••••••' : ''} {...bind('password')} />
          </Field>
          <Field id="displayName" label={t('optionsDisplayName')} hint={t('optionsDisplayNameHint')} error={errors.displayName}>
            <input type="text" autocomplete="name" {...bind('displayName')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('optionsPhoneNumbers')}</legend>
          <Field id="defaultCountry" label={t('optionsCountry')} hint={t('optionsCountryHint')} error={errors.defaultCountry}>
            <select {...bind('defaultCountry')} onChange={(e) => setForm({ ...form, defaultCountry: (e.currentTarget as HTMLSelectElement).value })}>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name} ({c.code})
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">
            {t('actSave')}
          </button>
          <button type="button" onClick={() => void test()} disabled={testing}>
            {t(testing ? 'optionsTesting' : 'optionsTest')}
          </button>
        </div>
        {message ? (
          <p class={`notice ${message.kind === 'ok' ? 'notice-ok' : 'notice-error'}`} role="status" data-testid="save-result">
            {message.text}
          </p>
        ) : null}
        {outcome ? <ConnectionTestResult outcome={outcome} /> : null}
      </form>
      <CallPreferencesForm connector={connector} />
      <SitesForm />
      <AuditLog history={props.history} />
    </main>
  );
}
