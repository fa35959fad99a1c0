import type * as v from 'valibot';

/**
 * Who sent a message, as the receiving context classifies it from
 * `runtime.MessageSender` (never from anything inside the message):
 *  - worker: the service worker;
 *  - offscreen: the offscreen document;
 *  - page: an extension page (popup, options, microphone page);
 *  - content: a content script, i.e. next to an untrusted web page;
 *  - foreign: anything else, always refused.
 */
export type SenderKind = 'worker' | 'offscreen' | 'page' | 'content' | 'foreign';

/** The contexts a message can be addressed to. */
export type Target = 'background' | 'offscreen' | 'views' | 'content';

export interface MessageSpec {
  readonly from: readonly SenderKind[];
  readonly payload: v.GenericSchema;
}

export type EdgeSpec = Record<string, MessageSpec>;

export type PayloadOf<S extends EdgeSpec, K extends keyof S> = v.InferOutput<S[K]['payload']>;

/** The one shape on the wire: every message names its target (Chrome offscreen samples). */
export interface Envelope {
  readonly target: Target;
  readonly type: string;
  readonly payload: unknown;
}
