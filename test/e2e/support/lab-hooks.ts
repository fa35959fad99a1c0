/**
 * The lab a test file shares: one Kamailio and one static server for the
 * file, one extension per test (closed after it, with its logs printed when
 * the test failed).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startKamailio, type KamailioHandle } from '../../lab/kamailio.ts';
import { startStaticServer, type StaticServer } from '../../lab/static-server.ts';
import type { ExtensionHandle } from './extension.ts';

export interface Lab {
  readonly pbx: KamailioHandle;
  readonly web: StaticServer;
  /** Hands the test's extension to the lab, which closes it after the test. */
  track<T extends ExtensionHandle>(ext: T): T;
}

export function useLab(): Lab {
  let pbx: KamailioHandle | undefined;
  let web: StaticServer | undefined;
  let current: ExtensionHandle | null = null;
  beforeAll(async () => {
    pbx = await startKamailio();
    web = await startStaticServer();
  });
  afterAll(async () => {
    await web?.stop();
    await pbx?.stop();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && current) {
      console.log(current.logs.slice(-80).join('\n'));
      // What the agent would have seen: a timeout alone does not say why the awaited text never came.
      for (const page of current.context.pages()) {
        const text = await page.evaluate(() => document.body?.innerText ?? '').catch((e: unknown) => `(unreadable: ${String(e)})`);
        console.log(`--- ${page.url()} shows:\n${text.slice(0, 2000)}`);
      }
    }
    await current?.close();
    current = null;
  });
  return {
    get pbx() {
      if (pbx === undefined) throw new Error('the lab is not started yet');
      return pbx;
    },
    get web() {
      if (web === undefined) throw new Error('the lab is not started yet');
      return web;
    },
    track(ext) {
      current = ext;
      return ext;
    },
  };
}
