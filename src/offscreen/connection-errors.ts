import type { AppError } from '../shared/result';
import type { SipConfig } from '../shared/settings';

/** Why a connection or registration failed, in the words an agent can act on. */
export type FailureKind = 'unreachable' | 'tls-untrusted' | 'timeout' | 'auth-refused' | 'refused' | 'websocket-refused';

import type { NetHints } from './net-hints';
import { diagnoseConnectFailure } from './diagnose';

/**
 * Why the WebSocket did not open. A socket that used the whole connect
 * timeout was accepted but never answered; anything faster is diagnosed.
 */
export async function connectFailure(serverUrl: string, elapsedMs: number, timeoutMs: number, hints: NetHints): Promise<FailureKind> {
  if (elapsedMs >= timeoutMs - 100) return 'timeout';
  return diagnoseConnectFailure(serverUrl, hints);
}

/** The https:// page of a wss:// server, where the agent can accept a self-signed certificate. */
export function certificatePage(serverUrl: string): string {
  const u = new URL(serverUrl);
  return `https://${u.host}/`;
}

const REASONS: Record<number, string> = {
  404: 'the PBX does not know this extension; check the extension and the SIP domain',
  423: 'the PBX wants a longer registration interval',
  480: 'the PBX is temporarily unavailable',
  500: 'the PBX had an internal error',
  503: 'the PBX is overloaded or in maintenance',
};

export function describeFailure(kind: FailureKind, config: SipConfig, code?: number): AppError {
  const account = `${config.authUser || config.sipUser}`;
  switch (kind) {
    case 'auth-refused':
      return {
        code: kind,
        message: `The PBX refused the password for ${account}${code ? ` (${code})` : ''}. Check the extension, authorization user and password in Settings.`,
      };
    case 'tls-untrusted':
      return {
        code: kind,
        message: `The PBX's security certificate is not trusted by this browser. Open ${certificatePage(config.serverUrl)} in a tab, accept the certificate, then try again.`,
        helpUrl: certificatePage(config.serverUrl),
      };
    case 'timeout':
      return {
        code: kind,
        message: `The PBX at ${config.serverUrl} did not answer in time. Check the address and port, or ask your administrator whether the server is up.`,
      };
    case 'websocket-refused':
      return {
        code: kind,
        message: `The server at ${config.serverUrl} answers but refused the WebSocket connection. Check the path in the address (often /ws) and that the PBX has WebSocket enabled.`,
      };
    case 'unreachable':
      return {
        code: kind,
        message: `Cannot reach the PBX at ${config.serverUrl}. Check the server address and your network connection.`,
      };
    case 'refused': {
      const reason = code !== undefined ? REASONS[code] : undefined;
      return {
        code: kind,
        message: `The PBX refused the registration${code ? ` (${code})` : ''}${reason ? `: ${reason}` : ''}. Check your settings or ask your administrator.`,
      };
    }
  }
}
