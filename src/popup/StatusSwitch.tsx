import { AGENT_STATUSES, STATUS_LABEL, type AgentStatus } from '../shared/agent-status';

const HINT: Record<AgentStatus, string> = {
  available: 'Receive calls',
  away: 'Connected, no calls',
  offline: 'Disconnected',
};

/** The agent's status as a radio group: arrow keys move, the choice applies at once. */
export function StatusSwitch(props: { value: AgentStatus; disabled: boolean; onChange(status: AgentStatus): void }) {
  return (
    <fieldset class="status-switch" disabled={props.disabled}>
      <legend>Status</legend>
      {AGENT_STATUSES.map((status) => (
        <label key={status} class={`status-option status-${status}${props.value === status ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name="status"
            value={status}
            checked={props.value === status}
            onChange={() => props.onChange(status)}
          />
          <span class="status-name">{STATUS_LABEL[status]}</span>
          <span class="status-hint">{HINT[status]}</span>
        </label>
      ))}
    </fieldset>
  );
}
