import { t, type MessageKey } from '../shared/i18n';
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

const REASONS: Record<number, MessageKey> = {
  404: 'pbxRefused404',
  423: 'pbxRefused423',
  480: 'pbxRefused480',
  500: 'pbxRefused500',
  503: 'pbxRefused503',
};

export function describeFailure(kind: FailureKind, config: SipConfig, code?: number): AppError {
  const account = `${config.authUser || config.sipUser}`;
  switch (kind) {
    case 'auth-refused':
      return { code: kind, message: code ? t('pbxAuthRefusedCode', account, code) : t('pbxAuthRefused', account) };
    case 'tls-untrusted':
      return {
        code: kind,
        message: t('pbxTlsUntrusted', certificatePage(config.serverUrl)),
        helpUrl: certificatePage(config.serverUrl),
      };
    case 'timeout':
      return { code: kind, message: t('pbxTimeout', config.serverUrl) };
    case 'websocket-refused':
      return { code: kind, message: t('pbxWebSocketRefused', config.serverUrl) };
    case 'unreachable':
      return { code: kind, message: t('pbxUnreachable', config.serverUrl) };
    case 'refused': {
      const reason = code !== undefined ? REASONS[code] : undefined;
      if (!code) return { code: kind, message: t('pbxRefused') };
      return { code: kind, message: reason ? t('pbxRefusedCodeReason', code, t(reason)) : t('pbxRefusedCode', code) };
    }
  }
}
