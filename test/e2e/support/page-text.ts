/**
 * Finding text on a page the way a person points at it: where a piece of
 * text is drawn, and whether Switchboard draws a number as a link. Shared by
 * the click-to-call suite and the demo tour.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually } from './extension.ts';
import { decodePng } from './png.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box `text` is drawn in inside `element`, and the element's own box, in viewport coordinates. */
async function textBox(element: Locator, text: string): Promise<{ text: Rect; element: Rect }> {
  // (No function named inside the page function: the demo tour runs this file
  // under tsx, which wraps named functions in a `__name` helper the page lacks.)
  const boxes = await element.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const t = range.getBoundingClientRect();
      const e = el.getBoundingClientRect();
      return { text: { x: t.left, y: t.top, width: t.width, height: t.height }, element: { x: e.left, y: e.top, width: e.width, height: e.height } };
    }
    return null;
  }, text);
  if (boxes === null) throw new Error(`"${text}" is not in the element`);
  return boxes;
}

/** Where `text` is drawn inside `element`: its middle, in the viewport and relative to the element. */
export async function textSpot(element: Locator, text: string): Promise<{ page: { x: number; y: number }; inElement: { x: number; y: number } }> {
  const boxes = await textBox(element, text);
  const x = boxes.text.x + boxes.text.width / 2;
  const y = boxes.text.y + boxes.text.height / 2;
  return { page: { x, y }, inElement: { x: x - boxes.element.x, y: y - boxes.element.y } };
}

/**
 * How `text` inside `element` looks on screen: how many pixels just around
 * it are link blue (Switchboard's underline) and how many are tinted blue (the
 * number under the pointer). Read from a screenshot: what the agent sees.
 * (`caret: 'initial'`: hiding the text caret, Playwright's default, leaves
 * `style=""` on the page's inputs.)
 */
export async function linkInk(page: Page, element: Locator, text: string): Promise<{ line: number; tint: number }> {
  const box = (await textBox(element, text)).text;
  const { width, height, rgba } = decodePng(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height + 3 }, caret: 'initial' }));
  let line = 0;
  let tint = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    if (b > 150 && b - r > 80 && b - g > 40) line++;
    else if (r > 180 && b > 230 && b - r >= 12) tint++;
  }
  return { line, tint };
}

/** Waits until `text` is drawn as a link: the content script found it and marked it on screen. */
export async function waitForLinkStyle(page: Page, element: Locator, text: string): Promise<void> {
  await eventually(() => linkInk(page, element, text), (ink) => ink.line >= 3, `"${text}" drawn as a link`);
}

/** Waits until `text` is drawn as plain text again (detection turned off). */
export async function waitForPlainText(page: Page, element: Locator, text: string): Promise<void> {
  await eventually(() => linkInk(page, element, text), (ink) => ink.line === 0 && ink.tint === 0, `"${text}" drawn as plain text`);
}
