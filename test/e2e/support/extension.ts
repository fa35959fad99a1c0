/**
 * The built extension in headless Chromium (LAB.md): a persistent context
 * with dist/ loaded, plus handles on its service worker, its pages, its
 * offscreen document and its content scripts' isolated worlds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, labChromiumArgs } from '../../lab/browser.ts';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
/** Fixed by the manifest's development key. */
export const EXTENSION_ID = 'bijilojamoieaglpphmnmedepbfbgfij';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export interface ExtensionHandle {
  readonly context: BrowserContext;
  readonly profileDir: string;
  /** Console lines from every page and the worker, for failure reports and secret checks. */
  readonly logs: string[];
  worker(): Promise<Worker>;
  openPage(path: string): Promise<Page>;
  /** Sends a message to the offscreen document as the worker does, returns its answer. */
  askOffscreen<T = unknown>(type: string, payload?: unknown): Promise<T>;
  /** Stops every service worker (CDP), as Chrome does when it idles one out. */
  stopServiceWorker(): Promise<void>;
  /** Runs `expression` in the offscreen document (Playwright does not list it as a page); its value. */
  evaluateOffscreen(expression: string): Promise<unknown>;
  close(): Promise<void>;
  /** SIGKILL the whole browser, as a crash would; the profile stays for a relaunch. */
  crash(): Promise<void>;
}

export async function launchExtension(opts: {
  spki: string;
  extraArgs?: string[];
  profileDir?: string;
  /** Leave out the flag that grants the microphone without a prompt, as a fresh real browser would. */
  micPromptUnanswered?: boolean;
}): Promise<ExtensionHandle> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'switchboard-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...labChromiumArgs(opts.spki).filter((a) => !(opts.micPromptUnanswered && a === '--use-fake-ui-for-media-stream')),
      ...(opts.extraArgs ?? []),
    ],
  });
  const logs: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => logs.push(`[${page.url()}] ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`[${page.url()}] pageerror: ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN));
    if (live !== undefined) return live;
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN), timeout: 60_000 });
  };
  const sw = await worker();
  sw.on('console', (m) => logs.push(`[worker] ${m.type()}: ${m.text()}`));
  await captureOffscreenConsole(context, logs);

  return {
    context,
    profileDir,
    logs,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`);
      return page;
    },
    async askOffscreen<T>(type: string, payload: unknown = {}) {
      const sw = await worker();
      return (await sw.evaluate(
        ([t, p]) => chrome.runtime.sendMessage({ target: 'offscreen', type: t, payload: p }),
        [type, payload] as const,
      )) as T;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async evaluateOffscreen(expression) {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string }> };
        const target = targetInfos.find((t) => t.url.includes('/src/offscreen/'));
        if (target === undefined) throw new Error('no offscreen document is open');
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
        const reply = new Promise<unknown>((resolve, reject) => {
          cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
            if (event.sessionId !== sessionId) return;
            const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } };
            if (message.id !== 1) return;
            if (message.result?.exceptionDetails) reject(new Error(message.result.exceptionDetails.text));
            else resolve(message.result?.result?.value);
          });
        });
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }) });
        return await reply;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
    async crash() {
      const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
      // Every process of this browser has the profile directory on its command line.
      spawnSync('pkill', ['-KILL', '-f', `user-data-dir=${profileDir}`]);
      await closed;
      // A killed Chromium leaves its profile lock behind; the next launch would wait on it.
      for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(profileDir, lock), { force: true });
    },
  };
}

/**
 * Collects the offscreen document's console into `logs`. Playwright does not
 * list the offscreen document (its CDP target type is background_page), so
 * this attaches to it through the browser's Target domain each time one is
 * created.
 */
async function captureOffscreenConsole(context: BrowserContext, logs: string[]): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const sessions = new Set<string>();
  const attach = (event: { targetInfo: { targetId: string; url: string } }) => {
    // The offscreen document's target may first appear without its URL.
    if (!event.targetInfo.url.includes('/src/offscreen/') || attached.has(event.targetInfo.targetId)) return;
    attached.add(event.targetInfo.targetId);
    void (async () => {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: event.targetInfo.targetId, flatten: false })) as { sessionId: string };
      sessions.add(sessionId);
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.enable', params: {} }) });
    })().catch(() => undefined);
  };
  const attached = new Set<string>();
  cdp.on('Target.targetCreated', attach);
  cdp.on('Target.targetInfoChanged', attach);
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (!sessions.has(event.sessionId)) return;
    const message = JSON.parse(event.message) as { method?: string; params?: { type: string; args: Array<{ value?: unknown; description?: string }> } };
    if (message.method !== 'Runtime.consoleAPICalled' || message.params === undefined) return;
    logs.push(`[offscreen] ${message.params.type}: ${message.params.args.map((a) => String(a.value ?? a.description)).join(' ')}`);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
}

/**
 * Polls `probe` until `ok` holds. For state that changes without an event the
 * test can subscribe to (a badge, a worker-side value); never a fixed sleep.
 */
export async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
