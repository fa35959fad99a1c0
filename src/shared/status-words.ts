import type { AgentStatus } from './agent-status';
import { t, type MessageKey } from './i18n';

const STATUS: Record<AgentStatus, MessageKey> = {
  offline: 'statusOffline',
  available: 'statusAvailable',
  away: 'statusAway',
};

/** The agent's status as the popup's switch and the toolbar tooltip name it. */
export function statusWords(status: AgentStatus): string {
  return t(STATUS[status]);
}
