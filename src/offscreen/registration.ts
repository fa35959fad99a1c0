import { Registerer, RegistererState, UserAgent, UserAgentState, type SessionDescriptionHandlerFactory, type UserAgentDelegate } from 'sip.js';
import type { AgentStatus } from '../shared/agent-status';
import { backoffDelay } from '../shared/backoff';
import { t } from '../shared/i18n';
import { INITIAL_PHONE, type MicPermission, type PhoneSnapshot } from '../shared/phone-snapshot';
import { assertTransition, type RegistrationState } from '../shared/registration-state';
import type { AppError } from '../shared/result';
import { accountLabel, type SipConfig } from '../shared/settings';
import { connectFailure, describeFailure } from './connection-errors';
import type { NetHints } from './net-hints';
import { CONNECT_TIMEOUT_S, makeUserAgent } from './user-agent-factory';
import { startWatchdog, type Watchdog } from './options-watchdog';

/** Registration lifetime asked of the PBX, refreshed at 80 % (RFC 3261 §10.2.4). */
const EXPIRES_S = 300;

export interface RegistrationEvents {
  /** Called after every change of the snapshot. */
  onChange(): void;
  /** Incoming calls and other UA events are wired by the call layer. */
  readonly delegate?: Omit<UserAgentDelegate, 'onConnect' | 'onDisconnect'>;
  /** The call layer's media (its warmed-up microphone). */
  readonly sessionDescriptionHandlerFactory?: SessionDescriptionHandlerFactory;
  /** The connection to the PBX dropped while it was up. */
  onConnectionLost?(): void;
}

/**
 * Owns the one SIP.js UserAgent and Registerer (never two at once) and drives
 * them through the registration state machine towards what the agent chose:
 * Offline (stopped), Away (connected, unregistered) or Available (registered).
 *
 * Every public entry point goes through one promise queue, so a status change
 * arriving while a connection is in progress waits for it instead of racing it.
 * `generation` is bumped on every teardown: callbacks from a torn-down
 * UserAgent check it and do nothing.
 */
export class Registration {
  private state: RegistrationState = 'idle';
  private error: AppError | null = null;
  private nextRetryAt: number | null = null;
  private attempt = 0;
  private mic: MicPermission = 'unknown';
  private config: SipConfig | null = null;
  private desired: AgentStatus = 'offline';
  private revision = -1;
  private ua: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private watchdog: Watchdog | null = null;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly hints: NetHints,
    private readonly events: RegistrationEvents,
  ) {}

  snapshot(): PhoneSnapshot {
    return {
      ...INITIAL_PHONE,
      registration: this.state,
      error: this.error,
      nextRetryAt: this.nextRetryAt,
      retryAttempt: this.attempt,
      mic: this.mic,
      account: this.config === null ? null : accountLabel(this.config),
    };
  }

  /** The live user agent, for the call layer; null unless connected. */
  userAgent(): UserAgent | null {
    return this.state === 'registered' || this.state === 'connected' || this.state === 'registering' ? this.ua : null;
  }

  setMic(mic: MicPermission): void {
    if (mic === this.mic) return;
    this.mic = mic;
    this.events.onChange();
  }

  /**
   * Applies the agent's configuration and status. `revision` orders updates:
   * an older one (a boot answer overtaken by a settings change) is ignored.
   */
  apply(config: SipConfig | null, status: AgentStatus, revision: number): Promise<void> {
    return this.enqueue(async () => {
      if (revision < this.revision) return;
      const changed = JSON.stringify(config) !== JSON.stringify(this.config);
      this.revision = revision;
      if (changed) {
        await this.teardown();
        this.config = config;
        this.error = null;
      }
      this.desired = status;
      // A status chosen again is the agent asking to retry, even after a refusal.
      await this.reconcile(true);
    });
  }

  /** Retry now, e.g. on the browser's `online` event or the agent's "Retry". */
  reconnectNow(): Promise<void> {
    return this.enqueue(async () => {
      if (this.state === 'reconnecting') {
        this.clearRetry();
        this.attempt = 0;
        await this.connect();
      } else if (this.state === 'failed') {
        await this.connect();
      }
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch((error: unknown) => {
      console.error('[switchboard] registration task failed', error);
    });
    return next;
  }

  private go(to: RegistrationState): void {
    assertTransition(this.state, to);
    if (to === this.state) return;
    this.state = to;
    if (to !== 'reconnecting') this.nextRetryAt = null;
    this.events.onChange();
  }

  private want(): AgentStatus {
    return this.config === null ? 'offline' : this.desired;
  }

  private async reconcile(userAction: boolean): Promise<void> {
    const want = this.want();
    if (want === 'offline') {
      await this.teardown();
      this.error = null;
      this.events.onChange();
      return;
    }
    switch (this.state) {
      case 'idle':
        await this.connect();
        return;
      case 'failed':
        if (userAction) await this.connect();
        return;
      case 'connected':
        if (want === 'available') await this.register();
        return;
      case 'registering':
      case 'registered':
        if (want === 'away') await this.unregister();
        return;
      case 'connecting':
      case 'reconnecting':
        return;
    }
  }

  private async connect(): Promise<void> {
    const config = this.config;
    if (config === null) return;
    this.clearRetry();
    this.go('connecting');
    const generation = this.generation;
    if (this.ua === null) {
      this.ua = makeUserAgent(config, this.delegateFor(generation), undefined, this.events.sessionDescriptionHandlerFactory);
    }
    const ua = this.ua;
    const started = Date.now();
    try {
      if (ua.state === UserAgentState.Started) await ua.reconnect();
      else await ua.start();
    } catch {
      if (generation !== this.generation) return;
      const kind = await connectFailure(config.serverUrl, Date.now() - started, CONNECT_TIMEOUT_S * 1000, this.hints);
      if (generation !== this.generation) return;
      this.error = describeFailure(kind, config);
      this.scheduleRetry();
      return;
    }
    if (generation !== this.generation) return;
    this.attempt = 0;
    this.go('connected');
    this.watchdog?.stop();
    this.watchdog = startWatchdog(ua, () => {
      // The socket looks open but the server stopped answering (a half-open
      // TCP connection after a network change): drop it and reconnect.
      this.lost(generation);
      if (ua.transport.isConnected()) void ua.transport.disconnect();
    });
    if (this.want() !== 'available') this.error = null;
    await this.reconcile(false);
  }

  private delegateFor(generation: number): UserAgentDelegate {
    return {
      ...this.events.delegate,
      onDisconnect: (error?: Error) => {
        // No error means we closed it ourselves (teardown or watchdog).
        if (error !== undefined) this.lost(generation);
      },
    };
  }

  /** The connection died under us: say so and reconnect with backoff. */
  private lost(generation: number): void {
    void this.enqueue(async () => {
      if (generation !== this.generation) return;
      if (this.state === 'idle' || this.state === 'reconnecting' || this.state === 'connecting') return;
      const config = this.config;
      if (config === null) return;
      this.watchdog?.stop();
      this.watchdog = null;
      this.events.onConnectionLost?.();
      this.error = { code: 'connection-lost', message: t('regLost', config.serverUrl) };
      this.scheduleRetry();
    });
  }

  private async register(): Promise<void> {
    const ua = this.ua;
    const config = this.config;
    if (ua === null || config === null) return;
    const generation = this.generation;
    this.go('registering');
    if (this.registerer === null) {
      this.registerer = new Registerer(ua, { expires: EXPIRES_S, refreshFrequency: 80 });
      const registerer = this.registerer;
      registerer.stateChange.addListener((state) => {
        // A refresh that failed or a registration the server dropped: get
        // back into the registered state, or report why not.
        if (generation !== this.generation || registerer !== this.registerer) return;
        if (state === RegistererState.Unregistered && this.state === 'registered' && this.want() === 'available') {
          void this.enqueue(async () => {
            if (this.state === 'registered') {
              this.go('registering');
              void this.sendRegister(registerer, config, generation);
            }
          });
        }
      });
    }
    // Not awaited: a REGISTER whose socket dies before the answer only settles
    // at SIP timer F (32 s), and the queue must stay free for the reconnect.
    void this.sendRegister(this.registerer, config, generation);
  }

  private sendRegister(registerer: Registerer, config: SipConfig, generation: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const settle = (apply: () => void) => {
        if (generation === this.generation && this.state === 'registering') apply();
        resolve();
      };
      registerer
        .register({
          requestDelegate: {
            onAccept: () =>
              settle(() => {
                this.error = null;
                this.go('registered');
              }),
            onReject: (response) =>
              settle(() => {
                const code = response.message.statusCode ?? 0;
                const refused = code === 401 || code === 403 || code === 407;
                this.error = describeFailure(refused ? 'auth-refused' : 'refused', config, code);
                this.go('failed');
              }),
          },
        })
        .catch((error: unknown) => {
          // The request could not even be sent (socket closed meanwhile):
          // the disconnect handler takes it from here.
          console.warn('[switchboard] REGISTER not sent:', error instanceof Error ? error.message : error);
          resolve();
        });
    });
  }

  private async unregister(): Promise<void> {
    const registerer = this.registerer;
    if (registerer === null) return;
    this.registerer = null;
    this.go('connected');
    if (registerer.state === RegistererState.Registered) {
      await registerer.unregister().catch((error: unknown) => {
        console.warn('[switchboard] un-REGISTER failed:', error instanceof Error ? error.message : error);
      });
    }
    await registerer.dispose().catch(() => undefined);
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    this.nextRetryAt = Date.now() + delay;
    const wasRegistered = this.registerer !== null;
    if (wasRegistered) {
      // The registration died with the socket; a fresh Registerer re-registers
      // with a new Call-ID once connected again.
      const old = this.registerer;
      this.registerer = null;
      void old?.dispose().catch(() => undefined);
    }
    this.go('reconnecting');
    const generation = this.generation;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.enqueue(async () => {
        if (generation === this.generation && this.state === 'reconnecting') await this.connect();
      });
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.nextRetryAt = null;
  }

  private async teardown(): Promise<void> {
    this.generation += 1;
    this.clearRetry();
    this.watchdog?.stop();
    this.watchdog = null;
    const ua = this.ua;
    const registerer = this.registerer;
    this.ua = null;
    this.registerer = null;
    if (this.state !== 'idle') this.go('idle');
    this.attempt = 0;
    if (registerer !== null && registerer.state === RegistererState.Registered) {
      await registerer.unregister().catch(() => undefined);
    }
    if (ua !== null) {
      // stop() also ends sessions and disposes registerers (SIP.js api).
      await ua.stop().catch((error: unknown) => {
        console.warn('[switchboard] user agent stop failed:', error instanceof Error ? error.message : error);
      });
    }
  }
}
