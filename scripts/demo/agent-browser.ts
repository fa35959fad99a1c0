/**
 * The agent's Chromium with the built extension (dist/) loaded: headless for
 * the tour, a real window when there is a display. Same flags as the
 * end-to-end suite (test/e2e/support/extension.ts), so the fake microphone
 * and the demo PBX's self-signed certificate (by its SPKI) just work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, labChromiumArgs } from '../../test/lab/browser.ts';
import { DIST, EXTENSION_ORIGIN } from '../../test/e2e/support/extension.ts';
import { onStop } from './teardown.ts';

export interface AgentBrowser {
  readonly context: BrowserContext;
  worker(): Promise<Worker>;
  /** Opens an extension page (e.g. 'src/popup/index.html') in a new tab. */
  openPage(path: string): Promise<Page>;
  /** Asks the offscreen document (where the phone lives), as the worker does. */
  askOffscreen<T>(type: string, payload?: unknown): Promise<T>;
}

export async function launchAgentBrowser(opts: { spki: string; headless: boolean }): Promise<AgentBrowser> {
  // SWITCHBOARD_DIST: try another build (e.g. a branch's) with the same demo.
  const dist = process.env.SWITCHBOARD_DIST ?? DIST;
  const profileDir = mkdtempSync(join(tmpdir(), 'switchboard-demo-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless,
    // Headed: the window's own size; headless: a laptop-sized page for the screenshots.
    viewport: opts.headless ? { width: 1200, height: 720 } : null,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...labChromiumArgs(opts.spki)],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onStop('the agent’s browser', async () => {
    await context.close().catch(() => undefined);
    rmSync(profileDir, { recursive: true, force: true });
  });

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN));
    return live ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN), timeout: 15_000 });
  };
  await worker();
  return {
    context,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async askOffscreen<T>(type: string, payload: unknown = {}) {
      const sw = await worker();
      // The end-to-end suite's way in (test/e2e/support/extension.ts): the worker relays to the phone.
      // eslint-disable-next-line no-restricted-syntax -- runs in the worker, outside the extension's own code
      return (await sw.evaluate(([t, p]) => chrome.runtime.sendMessage({ target: 'offscreen', type: t, payload: p }), [type, payload] as const)) as T;
    },
  };
}
