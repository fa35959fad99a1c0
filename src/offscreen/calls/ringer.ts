import { audioElement, playOn } from './audio-output';

/**
 * The ringtone, made with Web Audio rather than shipped as a file: a
 * two-tone ring (440 + 480 Hz, the North American cadence of 2 s on, 4 s off),
 * routed through an <audio> element so `setSinkId` puts it on the ringer
 * device. Call waiting rings softly: a short, quiet beep.
 */
export class Ringer {
  private context: AudioContext | null = null;
  private element: HTMLAudioElement | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private mode: 'off' | 'loud' | 'soft' = 'off';

  constructor(private readonly onNotice: (message: string) => void) {}

  get ringing(): 'off' | 'loud' | 'soft' {
    return this.mode;
  }

  async start(mode: 'loud' | 'soft', deviceId: string): Promise<void> {
    if (this.mode === mode) return;
    this.stop();
    this.mode = mode;
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    const element = audioElement('ringer');
    element.srcObject = destination.stream;
    this.context = context;
    this.element = element;
    const burst = () => {
      const now = context.currentTime;
      const gain = context.createGain();
      gain.gain.value = mode === 'loud' ? 0.25 : 0.05;
      gain.connect(destination);
      const length = mode === 'loud' ? 2 : 0.3;
      for (const frequency of [440, 480]) {
        const osc = context.createOscillator();
        osc.frequency.value = frequency;
        osc.connect(gain);
        osc.start(now);
        osc.stop(now + length);
      }
    };
    burst();
    this.timer = setInterval(burst, mode === 'loud' ? 6000 : 4000);
    await context.resume().catch(() => undefined);
    await playOn(element, deviceId, this.onNotice);
  }

  stop(): void {
    this.mode = 'off';
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    void this.context?.close().catch(() => undefined);
    this.context = null;
    this.element?.remove();
    this.element = null;
  }
}
