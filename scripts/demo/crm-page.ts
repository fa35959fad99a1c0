/** The demo CRM pages as the tour drives them: wait for Switchboard's highlights, point at a number, click it for real. */
import type { Locator, Page } from 'playwright-core';

/** Waits until the content script has highlighted at least `count` numbers (its detection ran). */
export async function waitForHighlights(page: Page, count = 1): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get('switchboard-phone')?.size ?? 0) >= n, count);
}

/** The page coordinates of the middle of `text` inside `element`. */
export async function textPoint(element: Locator, text: string): Promise<{ x: number; y: number }> {
  const point = await element.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (point === null) throw new Error(`"${text}" is not on the page`);
  return point;
}

/**
 * Moves the mouse onto `text` and waits for the hover highlight, which comes
 * with the floating call button. Resolves false when it does not come within
 * `timeoutMs` (the tour then goes on and says so): a missing button should
 * not hide the rest of the tour.
 */
export async function hoverText(page: Page, element: Locator, text: string, timeoutMs = 3000): Promise<{ x: number; y: number; button: boolean }> {
  const point = await textPoint(element, text);
  await page.mouse.move(point.x, point.y);
  const button = await page
    .waitForFunction(() => (CSS.highlights.get('switchboard-phone-hover')?.size ?? 0) > 0, undefined, { timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  return { ...point, button };
}
