import { Registerer } from 'sip.js';
import { t } from '../shared/i18n';
import type { ConnectionTestOutcome } from '../shared/protocol/connection-test';
import type { SipConfig } from '../shared/settings';
import { connectFailure, describeFailure } from './connection-errors';
import type { NetHints } from './net-hints';
import { CONNECT_TIMEOUT_S, makeUserAgent } from './user-agent-factory';

const REGISTER_TIMEOUT_MS = 8_000;

/**
 * "Test connection": a real REGISTER with the settings as typed (maybe not
 * saved yet), on a short-lived user agent of its own with a distinct contact,
 * then an un-REGISTER of that contact only, so the agent's live registration
 * is not disturbed.
 */
export async function testConnection(config: SipConfig, hints: NetHints): Promise<ConnectionTestOutcome> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const ua = makeUserAgent(config, {}, `test-${crypto.randomUUID().slice(0, 8)}`);
  try {
    try {
      await ua.start();
    } catch {
      const kind = await connectFailure(config.serverUrl, elapsed(), CONNECT_TIMEOUT_S * 1000, hints);
      const error = describeFailure(kind, config);
      return { code: kind, message: error.message, ...(error.helpUrl ? { helpUrl: error.helpUrl } : {}), elapsedMs: elapsed() };
    }
    const registerer = new Registerer(ua, { expires: 60 });
    const answer = await new Promise<{ accepted: true } | { accepted: false; code: number } | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), REGISTER_TIMEOUT_MS);
      registerer
        .register({
          requestDelegate: {
            onAccept: () => {
              clearTimeout(timer);
              resolve({ accepted: true });
            },
            onReject: (response) => {
              clearTimeout(timer);
              resolve({ accepted: false, code: response.message.statusCode ?? 0 });
            },
          },
        })
        .catch(() => {
          clearTimeout(timer);
          resolve(null);
        });
    });
    const elapsedMs = elapsed();
    if (answer === null) {
      const error = describeFailure('timeout', config);
      return { code: 'timeout', message: t('testNoRegisterAnswer', error.message), elapsedMs };
    }
    if (!answer.accepted) {
      const refused = answer.code === 401 || answer.code === 403 || answer.code === 407;
      const error = describeFailure(refused ? 'auth-refused' : 'refused', config, answer.code);
      return { code: refused ? 'auth-refused' : 'refused', message: error.message, elapsedMs };
    }
    await registerer.unregister().catch(() => undefined);
    return {
      code: 'registered',
      message: t('testRegistered', `${config.sipUser}@${config.sipDomain}`, elapsedMs),
      elapsedMs,
    };
  } finally {
    await ua.stop().catch(() => undefined);
  }
}
