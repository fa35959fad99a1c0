import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { err, type Result } from '../result';
import type { EdgeSpec, PayloadOf, SenderKind, Target } from './edge';
import { classifySender, type SenderInfo } from './sender';
import { extensionIdentity } from './identity';
import { admit } from './admit';

export type Handlers<S extends EdgeSpec, R extends { [K in keyof S]: unknown }> = {
  [K in keyof S]: (payload: PayloadOf<S, K>, sender: MessageContext) => Promise<Result<R[K]>> | Result<R[K]>;
};

export interface MessageContext {
  readonly kind: SenderKind;
  /** The tab a content script or extension page runs in, when there is one. */
  readonly tabId: number | undefined;
  readonly frameId: number | undefined;
  readonly url: string | undefined;
}

const MAX_MESSAGE_CHARS = 256 * 1024;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one root `onMessage` listener of a context (STYLE.md practice 2).
 * Messages addressed to another target return `undefined`, so that the
 * context they are for answers them; everything addressed here is answered
 * with a `Result`, including refusals and handler failures.
 */
export function listen<S extends EdgeSpec, R extends { [K in keyof S]: unknown }>(
  target: Target,
  spec: S,
  handlers: Handlers<S, R>,
): void {
  const self = extensionIdentity();
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo & { tab?: { id?: number }; frameId?: number }) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const envelope = message as { target?: unknown; type?: unknown; payload?: unknown };
    if (envelope.target !== target) return undefined;
    const kind = classifySender(sender, self);
    if (kind === 'foreign') return Promise.resolve(err('forbidden', 'Messages from outside the extension are refused.'));
    // JSON size is a cheap bound: Chrome has already deserialised the
    // message, but a handler must never walk a huge structure.
    let size: number;
    try {
      size = JSON.stringify(envelope.payload ?? null)?.length ?? 0;
    } catch (error) {
      return Promise.resolve(err('invalid-message', `Unserialisable payload: ${describe(error)}`));
    }
    if (size > MAX_MESSAGE_CHARS) return Promise.resolve(err('invalid-message', 'Message too large.'));
    const admitted = admit(spec, envelope, kind);
    if (!admitted.ok) return Promise.resolve(admitted.error);
    const handler = handlers[admitted.type];
    const context: MessageContext = { kind, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    return (async (): Promise<Result<unknown>> => {
      try {
        return await handler(admitted.payload as never, context);
      } catch (error) {
        // A handler bug must still answer: the sender would otherwise wait forever.
        console.error(`[switchboard] ${target} handler ${admitted.type} failed:`, error);
        return err('internal', t('errInternal', describe(error)));
      }
    })();
  });
}
