import { Invitation, Inviter, SessionState, type Session, Web } from 'sip.js';
import type { CallDirection, CallPhase, CallQuality, CallSnapshot, EndReason } from '../../shared/call-snapshot';
import { endWords } from '../../shared/call-words';
import { t } from '../../shared/i18n';
import { assertCallTransition } from './call-phase';
import { audioElement, playOn } from './audio-output';

export interface CallHooks {
  onChange(call: Call): void;
  onAnswered(call: Call): void;
  onEnded(call: Call): void;
  onNotice(message: string): void;
}

/**
 * One call: a SIP.js session plus what the agent sees of it. The session's
 * own state machine (SIP.js SessionState) drives `phase`; everything the
 * agent can do goes through the methods here.
 */
export class Call {
  phase: CallPhase;
  muted = false;
  onHold = false;
  waiting = false;
  answeredAt: number | null = null;
  endedAt: number | null = null;
  endReason: EndReason | null = null;
  sipCode: number | null = null;
  quality: CallQuality | null = null;
  consultFor: string | null = null;
  autoAnswerAt: number | null = null;
  readonly startedAt = Date.now();
  private audio: HTMLAudioElement | null = null;
  /** Tones the RTP sender reported playing out (RFC 4733 `tonechange`). */
  dtmfTonesSent = '';
  private heldTrack: MediaStreamTrack | null = null;

  constructor(
    readonly id: string,
    readonly direction: CallDirection,
    readonly session: Session,
    readonly remoteNumber: string,
    readonly remoteName: string | null,
    private readonly hooks: CallHooks,
    private readonly speakerId: () => string,
  ) {
    this.phase = direction === 'inbound' ? 'incoming' : 'calling';
    session.stateChange.addListener((state) => this.onSessionState(state));
  }

  snapshot(): CallSnapshot {
    return {
      id: this.id,
      direction: this.direction,
      phase: this.phase,
      remoteNumber: this.remoteNumber,
      remoteName: this.remoteName,
      startedAt: this.startedAt,
      answeredAt: this.answeredAt,
      endedAt: this.endedAt,
      muted: this.muted,
      onHold: this.onHold,
      waiting: this.waiting,
      endReason: this.endReason,
      endWords: this.endReason === null ? null : endWords(this.endReason, this.sipCode),
      sipCode: this.sipCode,
      quality: this.quality,
      consultFor: this.consultFor,
      autoAnswerAt: this.autoAnswerAt,
    };
  }

  get live(): boolean {
    return this.phase !== 'ended';
  }

  get peerConnection(): RTCPeerConnection | undefined {
    const sdh = this.session.sessionDescriptionHandler;
    return sdh instanceof Web.SessionDescriptionHandler ? sdh.peerConnection : undefined;
  }

  /** The reason to report when the session ends, decided before we end it. */
  setEndReason(reason: EndReason, sipCode: number | null = null): void {
    if (this.endReason === null) {
      this.endReason = reason;
      this.sipCode = sipCode;
    }
  }

  move(to: CallPhase): void {
    assertCallTransition(this.phase, to);
    if (to === this.phase) return;
    this.phase = to;
    if (to === 'connected') {
      this.answeredAt = Date.now();
      this.autoAnswerAt = null;
      this.waiting = false;
      this.hooks.onAnswered(this);
    }
    if (to === 'ended') {
      this.endedAt = Date.now();
      this.cleanUp();
      // SIP.js moves a rejected INVITE to Terminated *before* it hands us the
      // final response (Inviter.onReject, then the request delegate), so the
      // reason is settled a microtask later, once the response has been seen.
      queueMicrotask(() => {
        this.setEndReason(this.answeredAt !== null ? 'hangup-remote' : this.direction === 'inbound' ? 'missed' : 'failed');
        this.hooks.onEnded(this);
        this.hooks.onChange(this);
      });
      return;
    }
    this.hooks.onChange(this);
  }

  async hangup(): Promise<void> {
    const s = this.session;
    this.setEndReason(this.phase === 'connected' ? 'hangup-local' : this.direction === 'inbound' ? 'declined' : 'cancelled');
    if (s.state === SessionState.Established) await s.bye();
    else if (s instanceof Inviter && (s.state === SessionState.Initial || s.state === SessionState.Establishing)) await s.cancel();
    else if (s instanceof Invitation && (s.state === SessionState.Initial || s.state === SessionState.Establishing)) await s.reject({ statusCode: 486 });
  }

  async decline(statusCode: 486 | 603): Promise<void> {
    if (!(this.session instanceof Invitation)) return this.hangup();
    this.setEndReason('declined', statusCode);
    await this.session.reject({ statusCode });
  }

  setMuted(muted: boolean): void {
    const sdh = this.session.sessionDescriptionHandler;
    if (!(sdh instanceof Web.SessionDescriptionHandler)) return;
    // Disabling the sender's track sends silence (RFC 3264 still sendrecv), so
    // the far end hears nothing and no re-INVITE is needed.
    sdh.enableSenderTracks(!muted && !this.onHold);
    this.muted = muted;
    this.hooks.onChange(this);
  }

  /** Hold and resume by re-INVITE (RFC 3264 §8.4: a=sendonly, then back to sendrecv). */
  async setHold(hold: boolean): Promise<void> {
    if (this.phase !== 'connected' || this.onHold === hold) return;
    const options = this.session.sessionDescriptionHandlerOptionsReInvite as Web.SessionDescriptionHandlerOptions;
    this.session.sessionDescriptionHandlerOptionsReInvite = { ...options, hold } as Web.SessionDescriptionHandlerOptions;
    await new Promise<void>((resolve, reject) => {
      this.session
        .invite({
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (response) => reject(new Error(t(hold ? 'callHoldRefused' : 'callResumeRefused', response.message.statusCode ?? '?'))),
          },
        })
        .catch(reject);
    });
    this.onHold = hold;
    const sdh = this.session.sessionDescriptionHandler;
    if (sdh instanceof Web.SessionDescriptionHandler) {
      sdh.enableSenderTracks(!hold && !this.muted);
      sdh.enableReceiverTracks(!hold);
      // We play no music on hold: stop sending RTP altogether rather than a
      // stream of silence, and put the microphone back on resume.
      for (const sender of sdh.peerConnection?.getSenders() ?? []) {
        if (hold && sender.track !== null && sender.track.kind === 'audio') {
          this.heldTrack = sender.track;
          await sender.replaceTrack(null);
        } else if (!hold && sender.track === null && this.heldTrack !== null) {
          await sender.replaceTrack(this.heldTrack);
        }
      }
      if (!hold) this.heldTrack = null;
    }
    this.hooks.onChange(this);
  }

  /** DTMF: RFC 4733 through the RTP sender, or SIP INFO with application/dtmf-relay. */
  async sendDtmf(digits: string, mode: 'rfc4733' | 'info'): Promise<void> {
    if (this.phase !== 'connected') throw new Error(t('callDtmfNotConnected'));
    if (mode === 'rfc4733') {
      const sdh = this.session.sessionDescriptionHandler;
      const sender = sdh instanceof Web.SessionDescriptionHandler ? sdh.peerConnection?.getSenders().find((s) => s.track?.kind === 'audio' || s.dtmf) : undefined;
      if (sender?.dtmf && sender.dtmf.canInsertDTMF) {
        const dtmf = sender.dtmf;
        if (!dtmf.ontonechange) dtmf.ontonechange = (e) => (this.dtmfTonesSent += e.tone);
        // Queue after tones still playing instead of replacing them.
        dtmf.insertDTMF(dtmf.toneBuffer + digits, 100, 70);
        return;
      }
      // The far end did not negotiate telephone-event: fall back to INFO.
    }
    for (const digit of digits) {
      await this.session.info({
        requestOptions: {
          body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${digit}\r\nDuration=160` },
        },
      });
    }
  }

  /** Remote audio starts when SIP.js has the session description handler's stream. */
  attachRemoteAudio(): void {
    const sdh = this.session.sessionDescriptionHandler;
    if (!(sdh instanceof Web.SessionDescriptionHandler)) return;
    if (this.audio === null) this.audio = audioElement('speaker');
    this.audio.srcObject = sdh.remoteMediaStream;
    void playOn(this.audio, this.speakerId(), this.hooks.onNotice);
  }

  /** RTP counters of the call, for diagnostics. */
  async mediaStats(): Promise<{ packetsSent: number; packetsReceived: number; dtmfTonesSent: string; telephoneEvent: boolean }> {
    const pc = this.peerConnection;
    let packetsSent = 0;
    let packetsReceived = 0;
    if (pc !== undefined) {
      (await pc.getStats()).forEach((s: Record<string, unknown>) => {
        if (s.kind !== 'audio') return;
        if (s.type === 'outbound-rtp') packetsSent += Number(s.packetsSent ?? 0);
        if (s.type === 'inbound-rtp') packetsReceived += Number(s.packetsReceived ?? 0);
      });
    }
    const telephoneEvent = /telephone-event/i.test(pc?.remoteDescription?.sdp ?? '');
    return { packetsSent, packetsReceived, dtmfTonesSent: this.dtmfTonesSent, telephoneEvent };
  }

  async setSpeaker(deviceId: string): Promise<void> {
    if (this.audio !== null) await playOn(this.audio, deviceId, this.hooks.onNotice);
  }

  private onSessionState(state: SessionState): void {
    switch (state) {
      case SessionState.Established:
        this.attachRemoteAudio();
        if (this.phase !== 'connected') this.move('connected');
        break;
      case SessionState.Terminated:
        if (this.phase !== 'ended') this.move('ended');
        break;
      default:
        break;
    }
  }

  private cleanUp(): void {
    // SIP.js stops the microphone track with the peer connection.
    this.audio?.remove();
    this.audio = null;
  }
}
