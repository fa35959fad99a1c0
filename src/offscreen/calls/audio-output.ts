import { t, type MessageKey } from '../../shared/i18n';

const DEVICE_GONE: Partial<Record<string, MessageKey>> = { speaker: 'deviceSpeakerGone', ringer: 'deviceRingerGone' };

/**
 * Plays a stream on a chosen output device. `setSinkId` fails when the device
 * has been unplugged; the sound then goes to the default device and the
 * caller is told, so the agent is not left talking into silence.
 */
export async function playOn(element: HTMLAudioElement, deviceId: string, onFallback: (message: string) => void): Promise<void> {
  if (deviceId !== '') {
    try {
      await element.setSinkId(deviceId);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      onFallback(t(DEVICE_GONE[element.dataset.role ?? ''] ?? 'deviceAudioGone', detail));
      await element.setSinkId('').catch(() => undefined);
    }
  }
  await element.play().catch((error: unknown) => {
    console.warn('[switchboard] audio did not start:', error instanceof Error ? error.message : error);
  });
}

export function audioElement(role: 'speaker' | 'ringer'): HTMLAudioElement {
  const element = document.createElement('audio');
  element.autoplay = true;
  element.dataset.role = role;
  document.body.append(element);
  return element;
}
