import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';

export interface DeviceChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * The audio devices present, refreshed when one is plugged in or out. Labels
 * are only readable once the extension holds the microphone permission; until
 * then devices show as "Microphone 1"...
 */
export function useAudioDevices(): { inputs: DeviceChoice[]; outputs: DeviceChoice[] } {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const read = () => void navigator.mediaDevices.enumerateDevices().then(setDevices, () => setDevices([]));
    read();
    navigator.mediaDevices.addEventListener('devicechange', read);
    return () => navigator.mediaDevices.removeEventListener('devicechange', read);
  }, []);
  const pick = (kind: MediaDeviceKind, unnamed: MessageKey) =>
    devices
      .filter((d) => d.kind === kind && d.deviceId !== 'default' && d.deviceId !== '')
      .map((d, i) => ({ id: d.deviceId, label: d.label || t(unnamed, i + 1) }));
  return { inputs: pick('audioinput', 'deviceMicrophoneN'), outputs: pick('audiooutput', 'deviceSpeakerN') };
}
