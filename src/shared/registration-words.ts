import { t, type MessageKey } from './i18n';
import type { RegistrationState } from './registration-state';

const WORDS: Record<RegistrationState, MessageKey> = {
  idle: 'regIdle',
  connecting: 'regConnecting',
  connected: 'regConnected',
  registering: 'regRegistering',
  registered: 'regRegistered',
  reconnecting: 'regReconnecting',
  failed: 'regFailed',
};

/** How each registration state reads to the agent in the popup and the toolbar tooltip. */
export function registrationWords(state: RegistrationState): string {
  return t(WORDS[state]);
}
