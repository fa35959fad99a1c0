/**
 * Finding text on a page the way a person points at it: where a piece of
 * text is drawn, and whether Switchboard's content script has highlighted
 * numbers yet. Shared by the click-to-call suite and the demo tour.
 */
import type { Frame, Locator, Page } from 'playwright-core';

/** Where `text` is drawn inside `element`: its middle, in the viewport and relative to the element. */
export async function textSpot(element: Locator, text: string): Promise<{ page: { x: number; y: number }; inElement: { x: number; y: number } }> {
  const spot = await element.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return { page: { x, y }, inElement: { x: x - box.left, y: y - box.top } };
    }
    return null;
  }, text);
  if (spot === null) throw new Error(`"${text}" is not in the element`);
  return spot;
}

/** Waits until the content script has highlighted at least `count` numbers (its detection ran). */
export async function waitForHighlights(frame: Page | Frame, count = 1): Promise<void> {
  await frame.waitForFunction((n) => (CSS.highlights.get('switchboard-phone')?.size ?? 0) >= n, count);
}
