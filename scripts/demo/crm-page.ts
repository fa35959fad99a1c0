/** The demo CRM pages as the tour drives them: wait for Switchboard's highlights, point at a number, click it for real. */
import type { Locator, Page } from 'playwright-core';
import { textSpot, waitForHighlights } from '../../test/e2e/support/page-text.ts';

export { waitForHighlights };

/** The page coordinates of the middle of `text` inside `element`. */
export async function textPoint(element: Locator, text: string): Promise<{ x: number; y: number }> {
  return (await textSpot(element, text)).page;
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
