import { Invitation, Inviter, UserAgent, Web, type Session } from 'sip.js';
import type { CallSnapshot } from '../../shared/call-snapshot';
import { reasonForCode } from '../../shared/call-words';
import type { CallEvent } from '../../shared/call-events';
import { t } from '../../shared/i18n';
import { requestUri } from '../../shared/phone/dial-plan';
import type { CallPreferences } from '../../shared/preferences';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { Call } from './call';
import { toE164 } from '../../shared/phone/to-e164';
import type { CallContext } from '../../shared/protocol/call-context';
import { MicError, Microphone } from './microphone';
import { QualitySampler } from './quality-sampler';
import { Ringer } from './ringer';

/** How long an ended call stays on screen ("Ended: busy") unless the agent moves on. */
const SHOW_ENDED_MS = 60_000;
const QUALITY_EVERY_MS = 3_000;
/** Post-dial digits (an extension) wait for the far end's menu to pick up. */
const POST_DIAL_DELAY_MS = 1_500;

export interface DialRequest {
  readonly dial: string;
  readonly display: string;
  readonly e164: string | null;
  readonly postDial: string;
  readonly consultFor?: string | undefined;
  readonly context?: CallContext | undefined;
}

export interface CallManagerHooks {
  onChange(): void;
  onEvent(event: CallEvent): void;
  onNeedMic(): void;
}

export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

/**
 * All live calls of the agent, in the offscreen document. It answers what
 * the agent does (dial, answer, hold...), decides about calls that arrive
 * (ring, refuse as busy, call waiting, auto-answer), and reports every change
 * as snapshots and call events.
 */
export class CallManager {
  private readonly calls = new Map<string, Call>();
  private readonly samplers = new Map<string, QualitySampler>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private qualityTimer: ReturnType<typeof setInterval> | null = null;
  readonly microphone = new Microphone();
  private readonly ringer: Ringer;
  prefs: CallPreferences = DEFAULT_PREFERENCES;
  domain = '';
  /** The agent's default country, to read the numbers of people who call. */
  country = 'US';
  notice: string | null = null;

  constructor(
    private readonly userAgent: () => UserAgent | null,
    private readonly hooks: CallManagerHooks,
  ) {
    this.ringer = new Ringer((message) => this.setNotice(message));
  }

  /** SIP.js asks this for each call's microphone stream. */
  readonly sessionDescriptionHandlerFactory = Web.defaultSessionDescriptionHandlerFactory((constraints) =>
    constraints.audio ? this.microphone.streamForCall() : Promise.resolve(new MediaStream()),
  );

  snapshots(): CallSnapshot[] {
    return [...this.calls.values()].map((c) => c.snapshot());
  }

  applyPreferences(prefs: CallPreferences, domain: string, country: string): void {
    this.prefs = prefs;
    this.domain = domain;
    this.country = country;
    this.microphone.deviceId = prefs.devices.microphoneId;
    for (const call of this.calls.values()) void call.setSpeaker(prefs.devices.speakerId);
  }

  warmUp(): Promise<void> {
    return this.microphone.warmUp();
  }

  private live(): Call[] {
    return [...this.calls.values()].filter((c) => c.live);
  }

  private get(id: string): Call {
    const call = this.calls.get(id);
    if (call === undefined || !call.live) throw new CallError('no-such-call', t('errCallEnded'));
    return call;
  }

  async dial(request: DialRequest): Promise<string> {
    const ua = this.userAgent();
    if (ua === null) throw new CallError('not-connected', t('callNotConnected'));
    const busy = this.live().filter((c) => c.id !== request.consultFor && !(c.onHold && request.consultFor !== undefined));
    if (busy.length > 0 && request.consultFor === undefined) {
      throw new CallError('busy', t('callBusyFinish'));
    }
    const target = UserAgent.makeURI(requestUri(request.dial, this.domain));
    if (target === undefined) throw new CallError('bad-number', t('callCannotDial', request.display));
    // No INVITE without a microphone: say why and how to fix it instead.
    await this.microphoneOrExplain();
    this.dropEnded();
    const inviter = new Inviter(ua, target, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    const call = this.track(inviter, 'outbound', request.display, null);
    call.consultFor = request.consultFor ?? null;
    this.hooks.onEvent({
      type: 'started',
      callId: call.id,
      direction: 'outbound',
      number: request.display,
      e164: request.e164,
      at: call.startedAt,
      context: request.context,
    });
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response) => {
            const code = response.message.statusCode ?? 0;
            if ((code === 180 || code === 183) && call.phase === 'calling') call.move('ringing');
          },
          onReject: (response) => {
            const code = response.message.statusCode ?? 0;
            call.setEndReason(reasonForCode(code), code);
          },
        },
      })
      .catch((error: unknown) => {
        if (error instanceof MicError) {
          call.setEndReason(error.kind === 'blocked' ? 'mic-blocked' : 'mic-missing');
          if (error.kind === 'blocked') this.hooks.onNeedMic();
        } else {
          call.setEndReason('media-failed');
          console.warn('[switchboard] INVITE failed:', error instanceof Error ? error.message : error);
        }
        if (call.live) call.move('ended');
      });
    if (request.postDial !== '') this.afterAnswer(call, () => this.postDial(call, request.postDial));
    return call.id;
  }

  onInvite(invitation: Invitation): void {
    const identity = invitation.remoteIdentity;
    const number = identity.uri.user ?? identity.uri.host;
    const name = identity.displayName || null;
    const others = this.live();
    this.dropEnded();
    const call = this.track(invitation, 'inbound', number, name);
    this.hooks.onEvent({ type: 'started', callId: call.id, direction: 'inbound', number, e164: toE164(number, this.country), name, at: call.startedAt });
    if (others.length > 0 && !this.prefs.callWaiting) {
      // One call at a time unless call waiting is on: the caller hears busy.
      call.setEndReason('busy', 486);
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    call.waiting = others.length > 0;
    void invitation.progress().catch(() => undefined);
    void this.ringer.start(call.waiting ? 'soft' : 'loud', this.prefs.devices.ringerId);
    if (this.prefs.autoAnswer && !call.waiting) {
      const delay = Math.max(0, this.prefs.autoAnswerDelaySeconds) * 1000;
      call.autoAnswerAt = Date.now() + delay;
      this.timers.set(`auto:${call.id}`, setTimeout(() => void this.answer(call.id).catch(() => undefined), delay));
    }
    this.hooks.onChange();
  }

  async answer(id: string): Promise<void> {
    const call = this.get(id);
    if (!(call.session instanceof Invitation) || call.phase !== 'incoming') throw new CallError('not-ringing', t('callNotRinging'));
    if (this.live().some((c) => c.id !== id && c.phase === 'connected' && !c.onHold)) {
      throw new CallError('busy', t('callHoldFirst'));
    }
    this.clearTimer(`auto:${id}`);
    await this.microphoneOrExplain();
    this.stopRingerUnlessRinging(id);
    try {
      await call.session.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    } catch (error) {
      if (error instanceof MicError) {
        call.setEndReason(error.kind === 'blocked' ? 'mic-blocked' : 'mic-missing');
        if (error.kind === 'blocked') this.hooks.onNeedMic();
        throw new CallError(`mic-${error.kind}`, error.message);
      }
      throw error;
    }
  }

  private async microphoneOrExplain(): Promise<void> {
    try {
      await this.microphone.ensure();
    } catch (error) {
      if (!(error instanceof MicError)) throw error;
      if (error.kind === 'blocked') {
        this.hooks.onNeedMic();
        throw new CallError('mic-blocked', t('callMicBlocked'));
      }
      throw new CallError('mic-missing', t('callMicMissing'));
    }
  }

  /** Call waiting: hold whatever is connected, then answer the waiting call. */
  async holdAndAnswer(id: string): Promise<void> {
    for (const other of this.live()) if (other.id !== id && other.phase === 'connected' && !other.onHold) await other.setHold(true);
    await this.answer(id);
  }

  async decline(id: string): Promise<void> {
    const call = this.get(id);
    this.clearTimer(`auto:${id}`);
    this.stopRingerUnlessRinging(id);
    await call.decline(this.prefs.declineCode);
  }

  async hangup(id: string): Promise<void> {
    const call = this.get(id);
    this.clearTimer(`auto:${id}`);
    this.stopRingerUnlessRinging(id);
    await call.hangup();
  }

  setMuted(id: string, muted: boolean): void {
    this.get(id).setMuted(muted);
  }

  async setHold(id: string, hold: boolean): Promise<void> {
    await this.get(id).setHold(hold);
  }

  async sendDtmf(id: string, digits: string): Promise<void> {
    await this.get(id).sendDtmf(digits, this.prefs.dtmfMode);
  }

  /** Blind transfer: REFER the other party to `dial` (RFC 3515), then hang up when it is accepted. */
  async blindTransfer(id: string, dial: string): Promise<void> {
    const call = this.get(id);
    const target = UserAgent.makeURI(requestUri(dial, this.domain));
    if (target === undefined) throw new CallError('bad-number', t('callCannotTransfer', dial));
    await this.refer(call, target);
  }

  /** Attended transfer: REFER the original call with Replaces pointing at the consult call (RFC 3891). */
  async completeTransfer(id: string, consultId: string): Promise<void> {
    const original = this.get(id);
    const consult = this.get(consultId);
    if (consult.phase !== 'connected') throw new CallError('consult-not-connected', t('callConsultNotAnswered'));
    await this.refer(original, consult.session);
    consult.setEndReason('transferred');
  }

  private refer(call: Call, target: ReturnType<typeof UserAgent.makeURI> | Session): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      call.session
        .refer(target as never, {
          requestDelegate: {
            onAccept: () => {
              call.setEndReason('transferred');
              resolve();
            },
            onReject: (response) => reject(new CallError('transfer-refused', t('callTransferRefused', response.message.statusCode ?? '?'))),
          },
          // The transferee reports progress with NOTIFY (RFC 3515 §2.4.5): once
          // the new call is up our leg is done.
          onNotify: (notification) => {
            notification.accept().catch(() => undefined);
            const status = /SIP\/2\.0\s+(\d{3})/.exec(notification.request.body ?? '');
            if (status !== null && Number(status[1]) >= 200 && call.live) void call.hangup().catch(() => undefined);
          },
        })
        .catch(reject);
    });
  }

  mediaStats(id: string) {
    const call = this.calls.get(id);
    if (call === undefined) throw new CallError('no-such-call', 'No such call.');
    return call.mediaStats();
  }

  dismissEnded(): void {
    this.dropEnded();
    this.hooks.onChange();
  }

  /** The PBX connection dropped: calls cannot be signalled any more. */
  connectionLost(): void {
    for (const call of this.live()) {
      call.setEndReason('connection-lost');
      call.session.dispose().catch(() => undefined);
    }
  }

  private track(session: Session, direction: 'inbound' | 'outbound', number: string, name: string | null): Call {
    const call = new Call(
      crypto.randomUUID(),
      direction,
      session,
      number,
      name,
      {
        onChange: () => this.hooks.onChange(),
        onAnswered: (c) => this.onAnswered(c),
        onEnded: (c) => this.onEnded(c),
        onNotice: (message) => this.setNotice(message),
      },
      () => this.prefs.devices.speakerId,
    );
    this.calls.set(call.id, call);
    this.hooks.onChange();
    return call;
  }

  private onAnswered(call: Call): void {
    this.stopRingerUnlessRinging(call.id);
    this.samplers.set(call.id, new QualitySampler());
    this.ensureQualityTimer();
    this.hooks.onEvent({ type: 'answered', callId: call.id, direction: call.direction, number: call.remoteNumber, at: call.answeredAt ?? Date.now() });
    const waiting = this.pendingAfterAnswer.get(call.id);
    this.pendingAfterAnswer.delete(call.id);
    waiting?.();
  }

  private onEnded(call: Call): void {
    this.clearTimer(`auto:${call.id}`);
    this.pendingAfterAnswer.delete(call.id);
    this.stopRingerUnlessRinging(call.id);
    const quality = this.samplers.get(call.id)?.summary() ?? null;
    this.samplers.delete(call.id);
    if (quality !== null) call.quality = quality;
    const snapshot = call.snapshot();
    const at = call.endedAt ?? Date.now();
    if (call.answeredAt !== null) {
      this.hooks.onEvent({
        type: 'ended',
        callId: call.id,
        direction: call.direction,
        number: call.remoteNumber,
        at,
        durationSeconds: Math.round((at - call.answeredAt) / 1000),
        reason: snapshot.endReason ?? 'hangup-remote',
        words: snapshot.endWords ?? t('callEnded'),
        quality,
      });
    } else {
      this.hooks.onEvent({
        type: 'failed',
        callId: call.id,
        direction: call.direction,
        number: call.remoteNumber,
        at,
        reason: snapshot.endReason ?? 'failed',
        words: snapshot.endWords ?? t('callEnded'),
        sipCode: call.sipCode,
      });
    }
    this.timers.set(`drop:${call.id}`, setTimeout(() => {
      this.calls.delete(call.id);
      this.hooks.onChange();
    }, SHOW_ENDED_MS));
  }

  private readonly pendingAfterAnswer = new Map<string, () => void>();
  private afterAnswer(call: Call, action: () => void): void {
    this.pendingAfterAnswer.set(call.id, action);
  }

  private postDial(call: Call, digits: string): void {
    this.timers.set(`post:${call.id}`, setTimeout(() => {
      if (call.live) void call.sendDtmf(digits, this.prefs.dtmfMode).catch(() => undefined);
    }, POST_DIAL_DELAY_MS));
  }

  private dropEnded(): void {
    for (const call of [...this.calls.values()]) {
      if (!call.live) {
        this.clearTimer(`drop:${call.id}`);
        this.calls.delete(call.id);
      }
    }
  }

  private stopRingerUnlessRinging(exceptId: string): void {
    const stillRinging = this.live().filter((c) => c.id !== exceptId && c.phase === 'incoming');
    if (stillRinging.length === 0) this.ringer.stop();
  }

  private ensureQualityTimer(): void {
    if (this.qualityTimer !== null) return;
    this.qualityTimer = setInterval(() => void this.sampleQuality(), QUALITY_EVERY_MS);
  }

  private async sampleQuality(): Promise<void> {
    const connected = this.live().filter((c) => c.phase === 'connected');
    if (connected.length === 0 && this.qualityTimer !== null) {
      clearInterval(this.qualityTimer);
      this.qualityTimer = null;
      return;
    }
    let changed = false;
    for (const call of connected) {
      const pc = call.peerConnection;
      const sampler = this.samplers.get(call.id);
      if (pc === undefined || sampler === undefined) continue;
      const quality = await sampler.sample(pc).catch(() => null);
      if (quality !== null) {
        call.quality = quality;
        changed = true;
      }
    }
    if (changed) this.hooks.onChange();
  }

  private setNotice(message: string): void {
    this.notice = message;
    this.hooks.onChange();
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}
