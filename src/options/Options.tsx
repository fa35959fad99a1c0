import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConnectionTestOutcome } from '../shared/protocol/connection-test';
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
  if (form === null || saved === null) return <main class="options"><p>Loading…</p></main>;

  const bind = (field: SettingsField) => ({
    id: field,
    value: form[field],
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${field}-error` : undefined,
    onInput: (e: Event) => setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value }),
  });

  const save = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const result = await connector.saveSettings(form);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    if (!result.value.saved) {
      setErrors(result.value.fieldErrors);
      setMessage({ kind: 'error', text: 'Not saved: fix the fields marked in red.' });
      return;
    }
    setErrors({});
    setSaved(result.value.settings);
    setForm(formFrom(result.value.settings));
    setMessage({ kind: 'ok', text: 'Saved.' });
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
      <h1>Switchboard settings</h1>
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>PBX account</legend>
          <Field id="serverUrl" label="WebSocket server URL" hint="From your PBX administrator, e.g. wss://pbx.example.com:8089/ws" error={errors.serverUrl}>
            <input type="url" autocomplete="off" spellcheck={false} {...bind('serverUrl')} />
          </Field>
          <Field id="sipAddress" label="SIP address or extension" hint="e.g. 1001, or 1001@pbx.example.com" error={errors.sipAddress}>
            <input type="text" autocomplete="username" spellcheck={false} {...bind('sipAddress')} />
          </Field>
          <Field id="sipDomain" label="SIP domain" hint="Not needed when the address above has an @" error={errors.sipDomain}>
            <input type="text" autocomplete="off" spellcheck={false} {...bind('sipDomain')} />
          </Field>
          <Field id="authUser" label="Authorization user (optional)" hint="Only if your PBX gave you one that differs from the extension" error={errors.authUser}>
            <input type="text" autocomplete="off" spellcheck={false} {...bind('authUser')} />
          </Field>
          <Field
            id="password"
            label="Password"
            hint={saved.hasPassword ? 'A password is saved. Leave this empty to keep it.' : 'Your SIP password, stored only in this browser.'}
            error={errors.password}
          >
            <input type="password" autocomplete="new-password" placeholder={saved.hasPassword ? '••••••••' : ''} {...bind('password')} />
          </Field>
          <Field id="displayName" label="Display name" hint="What the people you call see, e.g. Jane Doe" error={errors.displayName}>
            <input type="text" autocomplete="name" {...bind('displayName')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Phone numbers</legend>
          <Field id="defaultCountry" label="Default country for phone numbers" hint="How numbers without a +country code are read" error={errors.defaultCountry}>
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
            Save
          </button>
          <button type="button" onClick={() => void test()} disabled={testing}>
            {testing ? 'Testing…' : 'Test connection'}
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
