import browser from 'webextension-polyfill';
import { AGENT_STATUSES, type AgentStatus } from '../shared/agent-status';
import { EMPTY_SETTINGS, type Settings } from '../shared/settings';
import { withDefaults, type CallPreferences } from '../shared/preferences';

/**
 * The worker's persistent state, all in `chrome.storage.local`: the worker
 * can be killed at any moment, so every handler reads what it needs from here
 * first (Dark Reader's habit) and keeps nothing in globals.
 *
 * Only this file touches the storage keys.
 */
interface Stored {
  settings: Settings;
  status: AgentStatus;
  /** Bumped on every change the offscreen document must apply. */
  revision: number;
  prefs: CallPreferences;
}

const DEFAULT_STATUS: AgentStatus = 'offline';

export async function loadState(): Promise<Stored> {
  const raw = (await browser.storage.local.get(['settings', 'status', 'revision', 'prefs'])) as Partial<Record<keyof Stored, unknown>>;
  const settings = { ...EMPTY_SETTINGS, ...(typeof raw.settings === 'object' && raw.settings !== null ? raw.settings : {}) } as Settings;
  const status = AGENT_STATUSES.includes(raw.status as AgentStatus) ? (raw.status as AgentStatus) : DEFAULT_STATUS;
  const revision = typeof raw.revision === 'number' ? raw.revision : 0;
  return { settings, status, revision, prefs: withDefaults(raw.prefs) };
}

export async function savePreferences(prefs: CallPreferences): Promise<number> {
  const { revision } = await loadState();
  await browser.storage.local.set({ prefs, revision: revision + 1 });
  return revision + 1;
}

export async function saveSettings(settings: Settings): Promise<number> {
  const { revision } = await loadState();
  await browser.storage.local.set({ settings, revision: revision + 1 });
  return revision + 1;
}

export async function saveStatus(status: AgentStatus): Promise<number> {
  const { revision } = await loadState();
  await browser.storage.local.set({ status, revision: revision + 1 });
  return revision + 1;
}
