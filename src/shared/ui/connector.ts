import browser from 'webextension-polyfill';
import type { AgentStatus } from '../agent-status';
import { toBackground } from '../messaging/channels';
import { listen } from '../messaging/listen';
import type { AppSnapshot } from '../phone-snapshot';
import type { SaveSettingsOutcome } from '../protocol/background-api';
import type { ConnectionTestOutcome } from '../protocol/connection-test';
import { viewsSpec, type ViewsResponses, type ViewsSpec } from '../protocol/views-api';
import { ok, type Result } from '../result';
import type { PublicSettings, SettingsInput } from '../settings';
import type { CallPreferences } from '../preferences';
import type { CallAction } from '../protocol/schemas';

/**
 * Everything a view (popup, options) can read or do, as data and actions
 * (Dark Reader's connector). Views receive it as a prop, so they render in
 * unit tests and in a mock without the extension.
 */
export interface Connector {
  getSnapshot(): Promise<Result<AppSnapshot>>;
  subscribe(listener: (snapshot: AppSnapshot) => void): () => void;
  setStatus(status: AgentStatus): Promise<Result<AppSnapshot>>;
  reconnectNow(): Promise<Result<null>>;
  getSettings(): Promise<Result<PublicSettings>>;
  saveSettings(input: SettingsInput): Promise<Result<SaveSettingsOutcome>>;
  testConnection(input: SettingsInput): Promise<Result<ConnectionTestOutcome>>;
  micGranted(): Promise<Result<null>>;
  getPreferences(): Promise<Result<CallPreferences>>;
  savePreferences(prefs: CallPreferences): Promise<Result<CallPreferences>>;
  dial(input: string, consultFor?: string): Promise<Result<{ readonly callId: string }>>;
  callAction(callId: string, action: CallAction): Promise<Result<null>>;
  dtmf(callId: string, digits: string): Promise<Result<null>>;
  transfer(callId: string, input: string): Promise<Result<null>>;
  completeTransfer(callId: string, consultId: string): Promise<Result<null>>;
  dismissEnded(): Promise<Result<null>>;
  warmUp(): Promise<Result<null>>;
  openOptions(): void;
  openMicPage(): void;
}

export function extensionConnector(): Connector {
  const listeners = new Set<(snapshot: AppSnapshot) => void>();
  listen<ViewsSpec, ViewsResponses>('views', viewsSpec, {
    'views/snapshot': ({ snapshot }) => {
      for (const l of listeners) l(snapshot);
      return ok(null);
    },
  });
  return {
    getSnapshot: () => toBackground('ui/getSnapshot', {}),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStatus: (status) => toBackground('ui/setStatus', { status }),
    reconnectNow: () => toBackground('ui/reconnectNow', {}),
    getSettings: () => toBackground('ui/getSettings', {}),
    saveSettings: (input) => toBackground('ui/saveSettings', { input }),
    testConnection: (input) => toBackground('ui/testConnection', { input }),
    micGranted: () => toBackground('ui/micGranted', {}),
    getPreferences: () => toBackground('ui/getPreferences', {}),
    savePreferences: (prefs) => toBackground('ui/savePreferences', { prefs }),
    dial: (input, consultFor) => toBackground('ui/dial', consultFor !== undefined ? { input, consultFor } : { input }),
    callAction: (callId, action) => toBackground('ui/callAction', { callId, action }),
    dtmf: (callId, digits) => toBackground('ui/dtmf', { callId, digits }),
    transfer: (callId, input) => toBackground('ui/transfer', { callId, input }),
    completeTransfer: (callId, consultId) => toBackground('ui/completeTransfer', { callId, consultId }),
    dismissEnded: () => toBackground('ui/dismissEnded', {}),
    warmUp: () => toBackground('ui/warmUp', {}),
    openOptions: () => void browser.runtime.openOptionsPage(),
    openMicPage: () => void browser.tabs.create({ url: browser.runtime.getURL('src/permission/index.html?reason=denied') }),
  };
}
