/**
 * The SIP connection and registration as one explicit state machine
 * (STYLE.md practice 5). The offscreen document owns the only instance.
 *
 *            start                 connected            register
 *   idle ─────────────▶ connecting ─────────▶ connected ───────▶ registering
 *    ▲                   │   ▲                  ▲   │               │  │
 *    │ stop (any state)  │   │ retry            │   │ unregister    │  │ 200 OK
 *    │                   ▼   │                  │   ▼               │  ▼
 *    └──────────── reconnecting ◀── socket lost ┴── (any connected) │ registered
 *                        ▲                                          │
 *                        └───────── failed ◀── 401/403 ─────────────┘
 *
 * `failed` means retrying cannot help (the PBX refused the credentials): the
 * agent has to change settings or choose a status again. Everything that may
 * heal by itself (server down, network gone, certificate not yet accepted)
 * goes to `reconnecting`, which retries with backoff.
 */
export const REGISTRATION_STATES = [
  'idle',
  'connecting',
  'connected',
  'registering',
  'registered',
  'reconnecting',
  'failed',
] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

const TRANSITIONS: Record<RegistrationState, readonly RegistrationState[]> = {
  idle: ['connecting'],
  connecting: ['connected', 'reconnecting', 'failed', 'idle'],
  connected: ['registering', 'reconnecting', 'idle'],
  registering: ['registered', 'connected', 'reconnecting', 'failed', 'idle'],
  registered: ['registering', 'connected', 'reconnecting', 'failed', 'idle'],
  reconnecting: ['connecting', 'idle'],
  failed: ['connecting', 'idle'],
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: RegistrationState,
    readonly to: RegistrationState,
  ) {
    super(`Illegal registration transition ${from} → ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function canTransition(from: RegistrationState, to: RegistrationState): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

/** Throws on a move the diagram above does not allow: a bug, never a runtime condition. */
export function assertTransition(from: RegistrationState, to: RegistrationState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
