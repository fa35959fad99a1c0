/**
 * The agent's chosen status, as in the agent console the extension replaces
 * (seeds/002): it drives the SIP connection and registration.
 *  - offline:   not connected to the PBX at all;
 *  - available: connected and registered, so calls reach the agent;
 *  - away:      connected but unregistered, so no call reaches the agent.
 */
export const AGENT_STATUSES = ['offline', 'available', 'away'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
