/**
 * Hit-testing a click or the pointer against the rectangles of a detected
 * number (Range.getClientRects: one per line the number spans). Pure, so the
 * geometry is unit-tested; the DOM side is in number-at-point.ts.
 */
export interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * `slop` widens each rectangle a little: the glyphs of "1" or "-" are thin and
 * an agent aiming at a number should not miss by one pixel. Empty rectangles
 * (collapsed or hidden text) never match.
 */
export function pointInRects(rects: Iterable<RectLike>, x: number, y: number, slop = 1): boolean {
  for (const r of rects) {
    if (r.right <= r.left || r.bottom <= r.top) continue;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** Where the floating call button goes: just after the end of the number's last line, vertically centred, kept on screen. */
export function buttonPosition(rects: readonly RectLike[], size: number, viewport: { width: number; height: number }): { left: number; top: number } | null {
  const visible = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  const last = visible[visible.length - 1];
  if (last === undefined) return null;
  const top = Math.round(last.top + (last.bottom - last.top - size) / 2);
  let left = Math.round(last.right + 4);
  if (left + size > viewport.width) left = Math.max(0, Math.round(last.left - size - 4));
  return { left, top: Math.min(Math.max(0, top), Math.max(0, viewport.height - size)) };
}
