import { pointInRects } from './hit-test';
import type { FoundNumber } from './number-index';

/**
 * The detected number under a point, if any: the element an event hit (the
 * first entry of its composed path, inside open shadow roots too) holds the
 * number's text node as a child; the number's rectangles are measured only
 * for those few candidates. One listener over the recorded ranges instead of
 * an element per number (issue 4).
 */
export function numberAt(
  numbersOf: (node: Text) => readonly FoundNumber[] | undefined,
  target: EventTarget | undefined,
  x: number,
  y: number,
): { found: FoundNumber; rects: DOMRect[] } | null {
  if (!(target instanceof Element)) return null;
  for (let child = target.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    const found = numbersOf(child as Text);
    if (found === undefined) continue;
    for (const f of found) {
      if (f.end > f.node.length) continue;
      const range = target.ownerDocument.createRange();
      range.setStart(f.node, f.start);
      range.setEnd(f.node, f.end);
      const rects = [...range.getClientRects()];
      if (pointInRects(rects, x, y)) return { found: f, rects };
    }
  }
  return null;
}

/** What goes to the worker to dial: the E.164 number and its extension. */
export function dialString(f: FoundNumber): string {
  return f.ext !== undefined ? `${f.e164};ext=${f.ext}` : f.e164;
}
