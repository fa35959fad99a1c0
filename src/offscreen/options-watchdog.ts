import { type UserAgent } from 'sip.js';

const INTERVAL_MS = 30_000;
const ANSWER_WITHIN_MS = 10_000;

export interface Watchdog {
  stop(): void;
}

/**
 * SIP.js sends CRLF keep-alives but never notices when nobody answers them, so
 * a half-open connection (laptop sleep, Wi-Fi change) would look registered
 * while no call can arrive. Every 30 s we send an out-of-dialog OPTIONS to the
 * server (RFC 3261 §11); any final answer, even 401/404, proves the path is
 * alive. No answer within 10 s calls `onDead`.
 */
export function startWatchdog(ua: UserAgent, onDead: () => void): Watchdog {
  let stopped = false;
  let answerTimer: ReturnType<typeof setTimeout> | null = null;
  const ping = () => {
    if (stopped || !ua.transport.isConnected()) return;
    const core = ua.userAgentCore;
    const target = ua.configuration.uri.clone();
    target.user = undefined;
    const message = core.makeOutgoingRequestMessage('OPTIONS', target, ua.configuration.uri, target, {});
    answerTimer = setTimeout(() => {
      if (!stopped) onDead();
    }, ANSWER_WITHIN_MS);
    const answered = () => {
      if (answerTimer !== null) clearTimeout(answerTimer);
      answerTimer = null;
    };
    core.request(message, { onAccept: answered, onReject: answered });
  };
  const interval = setInterval(ping, INTERVAL_MS);
  return {
    stop() {
      stopped = true;
      clearInterval(interval);
      if (answerTimer !== null) clearTimeout(answerTimer);
    },
  };
}
