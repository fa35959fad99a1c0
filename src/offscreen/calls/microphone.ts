import { t } from '../../shared/i18n';

/**
 * The microphone for calls. Opening it is the slowest step of a first call
 * (LAB.md), so the dialpad opening or a hover over a number warms it up: the
 * stream stays open for a minute and each call takes a clone of its track.
 */
const WARM_FOR_MS = 60_000;

export class MicError extends Error {
  constructor(readonly kind: 'blocked' | 'missing') {
    super(t(kind === 'blocked' ? 'micBlocked' : 'micMissingShort'));
    this.name = 'MicError';
  }
}

export class Microphone {
  private warm: { stream: MediaStream; deviceId: string } | null = null;
  private releaseTimer: ReturnType<typeof setTimeout> | null = null;
  private pending: Promise<MediaStream> | null = null;
  deviceId = '';

  /** Opens the microphone ahead of a call; failures are kept for the call to report. */
  async warmUp(): Promise<void> {
    await this.open().then(
      () => this.scheduleRelease(),
      () => undefined,
    );
  }

  /** Makes sure the microphone can be opened (and keeps it warm), or throws MicError. */
  async ensure(): Promise<void> {
    await this.open();
    this.scheduleRelease();
  }

  /** A stream for one call, which the call owns and stops. */
  async streamForCall(): Promise<MediaStream> {
    const source = await this.open();
    this.scheduleRelease();
    return new MediaStream(source.getAudioTracks().map((t) => t.clone()));
  }

  release(): void {
    if (this.releaseTimer !== null) clearTimeout(this.releaseTimer);
    this.releaseTimer = null;
    for (const track of this.warm?.stream.getTracks() ?? []) track.stop();
    this.warm = null;
  }

  private open(): Promise<MediaStream> {
    const live = this.warm;
    if (live !== null && live.deviceId === this.deviceId && live.stream.getAudioTracks().every((t) => t.readyState === 'live')) {
      return Promise.resolve(live.stream);
    }
    if (this.pending !== null) return this.pending;
    const deviceId = this.deviceId;
    this.pending = getMicrophone(deviceId)
      .then((stream) => {
        this.release();
        this.warm = { stream, deviceId };
        return stream;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  private scheduleRelease(): void {
    if (this.releaseTimer !== null) clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => this.release(), WARM_FOR_MS);
  }
}

async function getMicrophone(deviceId: string): Promise<MediaStream> {
  const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { ...audio, deviceId: { exact: deviceId } } : audio, video: false });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    // The chosen device is gone: fall back to the default one.
    if (deviceId && (name === 'OverconstrainedError' || name === 'NotFoundError')) return getMicrophone('');
    if (name === 'NotAllowedError' || name === 'SecurityError') throw new MicError('blocked');
    if (name === 'NotFoundError' || name === 'NotReadableError' || name === 'OverconstrainedError') throw new MicError('missing');
    throw error;
  }
}
