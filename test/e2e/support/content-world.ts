/**
 * Runs code inside a content script's isolated world, where
 * `chrome.runtime.sendMessage` carries the content script's identity. Playwright
 * only evaluates in the main world, so this goes through CDP: the isolated
 * world shows up as an execution context named after the extension.
 */
import type { Page } from 'playwright-core';
import { EXTENSION_ID } from './extension.ts';

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
  origin: string;
}

export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

export async function contentWorld(page: Page): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world: ContextDescription | undefined;
  while (world === undefined) {
    world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(EXTENSION_ID));
    if (world !== undefined) break;
    if (Date.now() > deadline) throw new Error(`No content-script world in ${page.url()}: ${JSON.stringify(contexts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = world.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) {
        throw new Error(`content world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      }
      return result.result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
