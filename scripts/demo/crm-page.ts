/** The demo CRM pages as the tour drives them: wait for Switchboard's link style, point at a number, click it for real. */
import type { Locator, Page } from 'playwright-core';
import { linkInk, textSpot, waitForLinkStyle } from '../../test/e2e/support/page-text.ts';

export { waitForLinkStyle };

/** The page coordinates of the middle of `text` inside `element`. */
export async function textPoint(element: Locator, text: string): Promise<{ x: number; y: number }> {
  return (await textSpot(element, text)).page;
}

/**
 * Moves the mouse onto `text` and waits for the hover tint, which comes
 * with the floating call button. Resolves false when it does not come within
 * `timeoutMs` (the tour then goes on and says so): a missing button should
 * not hide the rest of the tour.
 */
export async function hoverText(page: Page, element: Locator, text: string, timeoutMs = 3000): Promise<{ x: number; y: number; button: boolean }> {
  const point = await textPoint(element, text);
  await page.mouse.move(point.x, point.y);
  const deadline = Date.now() + timeoutMs;
  let button = false;
  while (!button && Date.now() < deadline) {
    button = (await linkInk(page, element, text)).tint > 10;
    if (!button) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ...point, button };
}
