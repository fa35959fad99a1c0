import type { MicPermission } from '../shared/phone-snapshot';

/**
 * The offscreen document cannot show a permission prompt (LAB.md); it only
 * reads the permission the extension's origin holds, and watches it change
 * when the agent grants it on the visible microphone page.
 */
export async function watchMicPermission(onChange: (p: MicPermission) => void): Promise<MicPermission> {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    status.addEventListener('change', () => onChange(status.state));
    return status.state;
  } catch (error) {
    console.warn('[switchboard] cannot read the microphone permission:', error instanceof Error ? error.message : error);
    return 'unknown';
  }
}
