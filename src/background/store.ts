import browser from 'webextension-polyfill';
import { AGENT_STATUSES, type AgentStatus } from '../shared/agent-status';
import { EMPTY_SETTINGS, type Settings } from '../shared/settings';
import { withDefaults, type CallPreferences } from '../shared/preferences';
import { seal, unseal, type Sealed } from './secret-box';

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
  const raw = (await browser.storage.local.get(['settings', 'status', 'revision', 'prefs', 'passwordSealed'])) as Partial<Record<keyof Stored | 'passwordSealed', unknown>>;
  const stored = { ...EMPTY_SETTINGS, ...(typeof raw.settings === 'object' && raw.settings !== null ? raw.settings : {}) } as Settings;
  const sealed = raw.passwordSealed as Sealed | undefined;
  const password = sealed !== undefined && typeof sealed.iv === 'string' ? await unsealCached(sealed) : '';
  const settings: Settings = { ...stored, password };
  const status = AGENT_STATUSES.includes(raw.status as AgentStatus) ? (raw.status as AgentStatus) : DEFAULT_STATUS;
  const revision = typeof raw.revision === 'number' ? raw.revision : 0;
  return { settings, status, revision, prefs: withDefaults(raw.prefs) };
}

export async function savePreferences(prefs: CallPreferences): Promise<number> {
  const { revision } = await loadState();
  await browser.storage.local.set({ prefs, revision: revision + 1 });
  return revision + 1;
}

/**
 * Unsealing costs an IndexedDB read and a decryption, and every handler loads
 * the state: keep the last result, keyed by the sealed blob itself, so a new
 * password (new IV) is always unsealed afresh. A cache, not state: a restarted
 * worker simply unseals again.
 */
let lastUnsealed: { iv: string; data: string; password: string } | null = null;
async function unsealCached(sealed: Sealed): Promise<string> {
  if (lastUnsealed !== null && lastUnsealed.iv === sealed.iv && lastUnsealed.data === sealed.data) return lastUnsealed.password;
  const password = (await unseal(sealed)) ?? '';
  lastUnsealed = { ...sealed, password };
  return password;
}

export async function saveSettings(settings: Settings): Promise<number> {
  const { revision } = await loadState();
  const { password, ...rest } = settings;
  // The password is stored only sealed (secret-box.ts), never in clear.
  await browser.storage.local.set({ settings: { ...rest, password: '' }, passwordSealed: await seal(password), revision: revision + 1 });
  return revision + 1;
}

export async function saveStatus(status: AgentStatus): Promise<number> {
  const { revision } = await loadState();
  await browser.storage.local.set({ status, revision: revision + 1 });
  return revision + 1;
}
