import { useEffect, useState } from 'preact/hooks';
import type { CallPreferences } from '../shared/preferences';
import { t } from '../shared/i18n';
import type { Connector } from '../shared/ui/connector';
import { useAudioDevices, type DeviceChoice } from './use-devices';

function wholeOrNull(value: string, min: number, max: number): number | null {
  if (value.trim() === '') return null;
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : null;
}

function DeviceSelect(props: { id: string; label: string; value: string; choices: DeviceChoice[]; onChange(id: string): void }) {
  const missing = props.value !== '' && !props.choices.some((c) => c.id === props.value);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={missing ? '' : props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('prefsSystemDefault')}</option>
        {props.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {missing ? <p class="field-hint">{t('prefsDeviceMissing')}</p> : null}
    </div>
  );
}

/** Call behaviour, dial plan and audio devices: everything the phone does besides registering. */
export function CallPreferencesForm(props: { connector: Connector }) {
  const { connector } = props;
  const [prefs, setPrefs] = useState<CallPreferences | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const devices = useAudioDevices();
  const [dispositionsTextState, setDispositionsText] = useState<string | null>(null);
  useEffect(() => {
    void connector.getPreferences().then((r) => (r.ok ? setPrefs(r.value) : setMessage({ ok: false, text: r.error.message })));
  }, [connector]);
  if (prefs === null) return null;

  const dispositionsText = dispositionsTextState ?? prefs.dispositions.join('\n');
  const set = (patch: Partial<CallPreferences>) => setPrefs({ ...prefs, ...patch });
  const setPlan = (patch: Partial<CallPreferences['dialPlan']>) => setPrefs({ ...prefs, dialPlan: { ...prefs.dialPlan, ...patch } });
  const setDevice = (patch: Partial<CallPreferences['devices']>) => setPrefs({ ...prefs, devices: { ...prefs.devices, ...patch } });
  const prefixOk = /^[0-9]{0,4}$/.test(prefs.dialPlan.outsideLinePrefix);
  const dispositions = [...new Set(dispositionsText.split('\n').map((d) => d.trim()).filter((d) => d !== ''))];

  const save = async (e: Event) => {
    e.preventDefault();
    if (!prefixOk) return setMessage({ ok: false, text: t('prefsNotSavedPrefix') });
    if (dispositions.length === 0 || dispositions.some((d) => d.length > 100)) {
      return setMessage({ ok: false, text: t('prefsNotSavedDispositions') });
    }
    const r = await connector.savePreferences({ ...prefs, dispositions });
    setMessage(r.ok ? { ok: true, text: t('prefsSaved') } : { ok: false, text: r.error.message });
  };

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="calls-heading" noValidate>
      <h2 id="calls-heading">{t('callsHeading')}</h2>
      <fieldset>
        <legend>{t('prefsIncoming')}</legend>
        <label class="check">
          <input type="checkbox" checked={prefs.autoAnswer} onChange={(e) => set({ autoAnswer: e.currentTarget.checked })} />
          {t('prefsAutoAnswer')}
        </label>
        <div class="field">
          <label for="autoAnswerDelaySeconds">{t('prefsAutoAnswerDelay')}</label>
          <input
            id="autoAnswerDelaySeconds"
            type="number"
            min={0}
            max={30}
            value={prefs.autoAnswerDelaySeconds}
            onInput={(e) => set({ autoAnswerDelaySeconds: Math.max(0, Math.min(30, Math.round(Number(e.currentTarget.value) || 0))) })}
          />
        </div>
        <label class="check">
          <input type="checkbox" checked={prefs.callWaiting} onChange={(e) => set({ callWaiting: e.currentTarget.checked })} />
          {t('prefsCallWaiting')}
        </label>
        <div class="field">
          <label for="declineCode">{t('prefsDecline')}</label>
          <select id="declineCode" value={String(prefs.declineCode)} onChange={(e) => set({ declineCode: e.currentTarget.value === '603' ? 603 : 486 })}>
            <option value="486">{t('prefsDecline486')}</option>
            <option value="603">{t('prefsDecline603')}</option>
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('prefsDialling')}</legend>
        <div class="field">
          <label for="outsideLinePrefix">{t('prefsPrefix')}</label>
          <input id="outsideLinePrefix" inputMode="numeric" maxLength={4} value={prefs.dialPlan.outsideLinePrefix} aria-invalid={!prefixOk} aria-describedby="outsideLinePrefix-hint" onInput={(e) => setPlan({ outsideLinePrefix: e.currentTarget.value.trim() })} />
          <p class="field-hint" id="outsideLinePrefix-hint">{t('prefsPrefixHint')}</p>
        </div>
        <div class="field">
          <label for="internationalPrefix">{t('prefsInternational')}</label>
          <select id="internationalPrefix" value={prefs.dialPlan.internationalPrefix} onChange={(e) => setPlan({ internationalPrefix: e.currentTarget.value as '+' | '00' | '011' })}>
            <option value="+">{t('prefsInternationalPlus')}</option>
            <option value="00">{t('prefsInternational00')}</option>
            <option value="011">{t('prefsInternational011')}</option>
          </select>
        </div>
        <div class="field">
          <label for="domesticFormat">{t('prefsDomestic')}</label>
          <select id="domesticFormat" value={prefs.dialPlan.domesticFormat} onChange={(e) => setPlan({ domesticFormat: e.currentTarget.value === 'national' ? 'national' : 'e164' })}>
            <option value="e164">{t('prefsDomesticE164')}</option>
            <option value="national">{t('prefsDomesticNational')}</option>
          </select>
        </div>
        <div class="field">
          <label for="maxExtensionDigits">{t('prefsExtensionDigits')}</label>
          <input id="maxExtensionDigits" type="number" min={2} max={8} value={prefs.dialPlan.maxExtensionDigits} onInput={(e) => setPlan({ maxExtensionDigits: Math.max(2, Math.min(8, Math.round(Number(e.currentTarget.value) || 6))) })} />
        </div>
        <div class="field">
          <label for="dtmfMode">{t('prefsDtmf')}</label>
          <select id="dtmfMode" value={prefs.dtmfMode} onChange={(e) => set({ dtmfMode: e.currentTarget.value === 'info' ? 'info' : 'rfc4733' })}>
            <option value="rfc4733">{t('prefsDtmfRfc4733')}</option>
            <option value="info">{t('prefsDtmfInfo')}</option>
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('prefsDevices')}</legend>
        <DeviceSelect id="microphoneId" label={t('prefsMicrophone')} value={prefs.devices.microphoneId} choices={devices.inputs} onChange={(id) => setDevice({ microphoneId: id })} />
        <DeviceSelect id="speakerId" label={t('prefsSpeaker')} value={prefs.devices.speakerId} choices={devices.outputs} onChange={(id) => setDevice({ speakerId: id })} />
        <DeviceSelect id="ringerId" label={t('prefsRinger')} value={prefs.devices.ringerId} choices={devices.outputs} onChange={(id) => setDevice({ ringerId: id })} />
      </fieldset>
      <fieldset>
        <legend>{t('prefsAfterCall')}</legend>
        <div class="field">
          <label for="dispositions">{t('prefsDispositions')}</label>
          <textarea
            id="dispositions"
            rows={5}
            value={dispositionsText}
            onInput={(e) => setDispositionsText(e.currentTarget.value)}
          />
        </div>
        <label class="check">
          <input type="checkbox" checked={prefs.wrapUpRequired} onChange={(e) => set({ wrapUpRequired: e.currentTarget.checked })} />
          {t('prefsWrapUpRequired')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('prefsHistory')}</legend>
        <div class="field">
          <label for="retentionDays">{t('prefsRetentionDays')}</label>
          <input id="retentionDays" type="number" min={1} max={3650} value={prefs.retentionDays ?? ''} onInput={(e) => set({ retentionDays: wholeOrNull(e.currentTarget.value, 1, 3650) })} />
        </div>
        <div class="field">
          <label for="retentionRecords">{t('prefsRetentionRecords')}</label>
          <input id="retentionRecords" type="number" min={100} max={1000000} value={prefs.retentionRecords ?? ''} onInput={(e) => set({ retentionRecords: wholeOrNull(e.currentTarget.value, 100, 1_000_000) })} />
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('prefsSave')}
        </button>
      </div>
      {message ? (
        <p class={`notice ${message.ok ? 'notice-ok' : 'notice-error'}`} role="status" data-testid="prefs-result">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
