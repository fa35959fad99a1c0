import { AGENT_STATUSES, type AgentStatus } from '../shared/agent-status';
import { t, type MessageKey } from '../shared/i18n';
import { statusWords } from '../shared/status-words';

const HINT: Record<AgentStatus, MessageKey> = {
  available: 'statusHintAvailable',
  away: 'statusHintAway',
  offline: 'statusHintOffline',
};

/** The agent's status as a radio group: arrow keys move, the choice applies at once. */
export function StatusSwitch(props: { value: AgentStatus; disabled: boolean; onChange(status: AgentStatus): void }) {
  return (
    <fieldset class="status-switch" disabled={props.disabled}>
      <legend>{t('statusLegend')}</legend>
      {AGENT_STATUSES.map((status) => (
        <label key={status} class={`status-option status-${status}${props.value === status ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name="status"
            value={status}
            checked={props.value === status}
            onChange={() => props.onChange(status)}
          />
          <span class="status-name">{statusWords(status)}</span>
          <span class="status-hint">{t(HINT[status])}</span>
        </label>
      ))}
    </fieldset>
  );
}
