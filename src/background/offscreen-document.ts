import { OFFSCREEN_PATH } from '../shared/messaging/identity';

let creating: Promise<void> | null = null;

async function exists(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

/**
 * Creates the offscreen document unless it exists; concurrent callers share
 * one creation (Chrome allows one document and throws on a second). It is
 * checked every time because the document can vanish: a browser restart, a
 * renderer crash, or Chrome closing it.
 *
 * Reasons USER_MEDIA and WEB_RTC, not AUDIO_PLAYBACK alone, which Chrome
 * closes after 30 s of silence.
 */
export async function ensureOffscreen(): Promise<void> {
  if (await exists()) return;
  if (creating === null) {
    creating = chrome.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: [chrome.offscreen.Reason.USER_MEDIA, chrome.offscreen.Reason.WEB_RTC],
        justification: 'Keeps the SIP phone connected and runs calls (microphone and WebRTC audio).',
      })
      .finally(() => {
        creating = null;
      });
  }
  await creating;
}

export async function offscreenExists(): Promise<boolean> {
  return creating === null && (await exists());
}
