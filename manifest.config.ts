import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/**
 * A fixed public key gives development builds a stable extension id
 * (bijilojamoieaglpphmnmedepbfbgfij), so the tests and the agent's
 * "accept the certificate" steps always see the same origin. The store build
 * (SWITCHBOARD_STORE=1) leaves it out: the store assigns its own.
 */
const DEV_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz9Dn8euzPYynahJeAdZiCj4nb3OlV3VvaBliYQCQFq1461+mApSZe91aycFKVMtMUxv1NBoEKHqhdNFMbFLkfDtGhhWleNztjvvYIRKhj/USK1zFlh/b23F04sv+dcj68m3U6FUTfGEtx8EE04umM8WKU+Ve6WcLoTvISBLilkGlOtmUhfXpLTA7bkZXgtifYIcUv104DqbE1j8Hn/moPccoBzsEiUPw5O2VnD/CJppyn5UMeWIxxI3zcobM6EtjVDAluT4kR+imyGJxHfFGVzvFMH3MuFBL4KxfapZeSo+5JFwXXLxwj/f/oNJje3KTad8vKyexlLmCO2ald28v7QIDAQAB';

/**
 * Every page, every frame. At document_start: the CRM protocol relay is
 * listening before the page's own scripts run, and Chrome does not hold the
 * page's load event back for the injection (at document_end or _idle it did,
 * behind the page's first layout: 832 ms → 1.7-2.9 s on the benchmark's
 * 5,000-row page, measured). Detection itself waits for the parsed DOM.
 */
export const CONTENT_SCRIPT = {
  entry: 'src/content/main.ts',
  fileName: 'content.js',
  matches: ['<all_urls>'],
  all_frames: true,
  run_at: 'document_start',
} as const;

export default defineManifest(() => ({
  manifest_version: 3,
  // Words come from _locales (chrome.i18n): en is the default, fr the second language.
  name: '__MSG_extName__',
  short_name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: pkg.version,
  // runtime.getContexts (116) is how the worker finds its offscreen document.
  minimum_chrome_version: '116',
  ...(process.env.SWITCHBOARD_STORE === '1' ? {} : { key: DEV_KEY }),
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: {
    default_title: '__MSG_extName__',
    default_popup: 'src/popup/index.html',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_page: 'src/options/index.html',
  background: { service_worker: 'src/background/main.ts', type: 'module' },
  permissions: [
    // The SIP user agent, microphone and audio live in an offscreen document.
    'offscreen',
    // Settings (with the SIP password) stay in chrome.storage.local only.
    'storage',
    // A watchdog that re-creates the offscreen document if it died while the worker slept.
    'alarms',
    // Only to read why our own WebSocket to the PBX failed (certificate vs unreachable).
    'webRequest',
    // Incoming calls show a notification with Answer and Decline.
    'notifications',
    // "Call ‹number›" on selected text.
    'contextMenus',
  ],
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmdOpenDialer__' },
    'answer-call': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_cmdAnswer__' },
    'hang-up': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdHangUp__' },
    'toggle-mute': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_cmdToggleMute__' },
    // Chrome allows four suggested keys; this one is set by the agent at chrome://extensions/shortcuts.
    'call-selection': { description: '__MSG_cmdCallSelection__' },
  },
  // Host access is what the content script needs anyway (numbers on any page);
  // the worker also uses it to read why a connection to the PBX failed.
  host_permissions: ['<all_urls>'],
  // content_scripts: declared by scripts/classic-content-script.ts (CONTENT_SCRIPT above), built as one classic script.
}));
