import { useEffect, useRef } from 'preact/hooks';

export interface PhoneKeys {
  digit(key: string): void;
  backspace(): void;
  enter(): void;
  escape(): void;
}

const DIAL_KEYS = /^[0-9*#+]$/;

/**
 * Running the phone from the keyboard in the popup: digits dial (or send
 * tones during a call), Backspace deletes, Enter calls or answers, Escape
 * hangs up or clears. Keys typed into a text field stay that field's, except
 * Escape, which means "hang up / clear" everywhere but in an open keypad or
 * transfer box, which it closes (ActiveCall stops it before it gets here).
 */
export function usePhoneKeys(keys: PhoneKeys): void {
  // The handlers of the latest render, read at key time: a listener bound in
  // an effect would lag a render behind, and the first digit after "Connected"
  // would go to the dial field instead of the call.
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const inField = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
      if (e.key === 'Escape') {
        e.preventDefault();
        latest.current.escape();
        return;
      }
      if (inField) return;
      if (target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
      if (DIAL_KEYS.test(e.key)) {
        e.preventDefault();
        latest.current.digit(e.key);
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        latest.current.backspace();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        latest.current.enter();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
