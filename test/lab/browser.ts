/**
 * Headless Chromium for the lab, from playwright-core and the system
 * /usr/bin/chromium (never `playwright install`).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every lab browser needs. `spki` is KamailioHandle.certSpki: Chromium
 * then accepts exactly that self-signed certificate on wss:// (Playwright's
 * ignoreHTTPSErrors would not reach an extension's offscreen document) and
 * still rejects any other, e.g. startUntrustedTlsServer()'s.
 */
/** A host name that reaches the lab's own servers, like localhost: another origin than 127.0.0.1 and localhost. */
export const SECOND_SITE = 'crm.example.test';

export function labChromiumArgs(spki: string): string[] {
  return [
    '--no-sandbox', // we run as root
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-device-for-media-stream', // a synthetic microphone
    '--use-fake-ui-for-media-stream', // grant getUserMedia without a prompt
    '--allow-loopback-in-peer-connection',
    '--autoplay-policy=no-user-gesture-required', // remote audio plays without a click
    `--ignore-certificate-errors-spki-list=${spki}`,
    // One more site name for the fixtures' server (127.0.0.1, localhost): a
    // site of its own, with its own request budget (tests of untrusted pages).
    `--host-resolver-rules=MAP ${SECOND_SITE} 127.0.0.1`,
  ];
}

export function launchLabChromium(spki: string, extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...labChromiumArgs(spki), ...extraArgs] });
}
