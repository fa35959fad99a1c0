import { UserAgent, type UserAgentDelegate, type LogLevel, type SessionDescriptionHandlerFactory } from 'sip.js';
import type { SipConfig } from '../shared/settings';

/** Seconds to wait for the WebSocket handshake before calling the server unreachable. */
export const CONNECT_TIMEOUT_S = 5;

/**
 * SIP.js logs whole SIP messages at "log" level (with Authorization digests)
 * and, with `logConfiguration`, the configuration. Nothing from SIP.js goes to
 * the console above warnings, and never the message bodies: the password and
 * its digests must not end up in a log (issue 2).
 */
function quietLog(level: LogLevel, category: string, _label: string | undefined, content: string): void {
  if (level !== 'error' && level !== 'warn') return;
  const firstLine = content.split('\n', 1)[0]?.slice(0, 200) ?? '';
  console.warn(`[sip.js ${category}] ${firstLine}`);
}

export function makeUserAgent(
  config: SipConfig,
  delegate: UserAgentDelegate,
  contactName?: string,
  sessionDescriptionHandlerFactory?: SessionDescriptionHandlerFactory,
): UserAgent {
  const uri = UserAgent.makeURI(`sip:${config.sipUser}@${config.sipDomain}`);
  if (uri === undefined) throw new Error(`Cannot make a SIP address from ${config.sipUser}@${config.sipDomain}`);
  return new UserAgent({
    uri,
    displayName: config.displayName || config.sipUser,
    authorizationUsername: config.authUser || config.sipUser,
    authorizationPassword: config.password,
    transportOptions: {
      server: config.serverUrl,
      connectionTimeout: CONNECT_TIMEOUT_S,
      // RFC 5626 §4.4.1 CRLF keep-alives keep NATs and proxies from dropping an
      // idle WebSocket; dead connections are caught by the OPTIONS watchdog.
      keepAliveInterval: 25,
      traceSip: false,
    },
    // SIP.js does not reconnect by default (and warns when asked not to):
    // registration.ts reconnects, with backoff and jitter.
    logBuiltinEnabled: false,
    logConfiguration: false,
    logLevel: 'warn',
    logConnector: quietLog,
    userAgentString: 'Switchboard',
    ...(contactName !== undefined ? { contactName } : {}),
    ...(sessionDescriptionHandlerFactory !== undefined ? { sessionDescriptionHandlerFactory } : {}),
    sessionDescriptionHandlerFactoryOptions: {
      // Only host candidates matter on a LAN PBX; waiting for gathering to end
      // would delay every INVITE (LAB.md: ICE gathering dominates call setup).
      iceGatheringTimeout: 100,
      peerConnectionConfiguration: { iceServers: [] },
    },
    delegate,
  });
}
