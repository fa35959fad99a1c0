import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { planDial, type DialPlan } from '../shared/phone/dial-plan';

const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['1', ''], ['2', 'ABC'], ['3', 'DEF'],
  ['4', 'GHI'], ['5', 'JKL'], ['6', 'MNO'],
  ['7', 'PQRS'], ['8', 'TUV'], ['9', 'WXYZ'],
  ['*', ''], ['0', '+'], ['#', ''],
];

/**
 * The dialpad: a text field that takes typing and pasting, twelve keys, and a
 * line saying what will really be dialled (the dial plan's reading), so a
 * pasted "(212) 736-4190 ext. 12" shows as "+12127364190, then 12".
 */
export function Dialpad(props: {
  value: string;
  onChange(value: string): void;
  onCall(): void;
  dialPlan: DialPlan;
  callLabel?: string;
  busy: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  // Ready to type when the popup opens, unless something else (Answer on a ringing call) already took focus.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) input.current?.focus();
  }, []);
  const preview = props.value.trim() === '' ? null : planDial(props.value, props.dialPlan);
  const press = (key: string) => {
    props.onChange(props.value + key);
    input.current?.focus();
  };
  return (
    <form
      class="dialpad"
      onSubmit={(e) => {
        e.preventDefault();
        props.onCall();
      }}
    >
      <label for="dial-input">{t('dialNumberLabel')}</label>
      <div class="dial-row">
        <input
          id="dial-input"
          ref={input}
          type="tel"
          autocomplete="off"
          inputMode="tel"
          maxLength={64}
          value={props.value}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
        <button type="button" class="backspace" aria-label={t('dialDeleteDigit')} onClick={() => props.onChange(props.value.slice(0, -1))} disabled={props.value === ''}>
          ⌫
        </button>
      </div>
      <p class="dial-preview" aria-live="polite" data-testid="dial-preview">
        {preview === null ? '\u00a0' : preview.ok ? (preview.postDial ? t('dialWillDialThen', preview.dial, preview.postDial) : t('dialWillDial', preview.dial)) : preview.error}
      </p>
      <div class="keys" role="group" aria-label={t('dialpad')}>
        {KEYS.map(([key, letters]) => (
          <button type="button" key={key} class="key" onClick={() => press(key)} onContextMenu={(e) => {
            if (key === '0') {
              e.preventDefault();
              press('+');
            }
          }}>
            <span class="key-digit">{key}</span>
            <span class="key-letters" aria-hidden="true">{letters}</span>
          </button>
        ))}
      </div>
      <button type="submit" class="primary call-button" disabled={props.busy || props.value.trim() === ''}>
        {props.callLabel ?? t('actCall')}
      </button>
    </form>
  );
}
