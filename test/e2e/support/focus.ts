/**
 * Where keyboard focus is, as a sighted keyboard user and a screen reader see
 * it (issue 6, accessibility): the focused element (through shadow roots),
 * its role and name from Chrome's own accessibility tree, and whether its
 * focus ring can be seen: :focus-visible, an outline or box-shadow, 3:1
 * against what is behind it (WCAG 1.4.11) and not cut off by a scrolling
 * ancestor. Plus walking the whole Tab order, and finding live regions.
 */
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FocusStop {
  /** Stable per element for the life of the page; 0 when nothing in the page has focus (body). */
  key: number;
  /** Position in document order, to tell where the Tab order wraps. */
  order: number;
  tag: string;
  /** An input's type ('' for other elements). */
  type: string;
  role: string;
  name: string;
  /** The accessible description (aria-describedby: hints, errors). */
  description: string;
  focusVisible: boolean;
  /** 'outline' or 'box-shadow' when a ring is drawn, else 'none'. */
  ring: 'outline' | 'box-shadow' | 'none';
  /** Contrast of the outline's colour against the first opaque background behind it; null for a box-shadow ring. */
  ringContrast: number | null;
  /** The ancestor whose overflow cuts into the ring, if any. */
  clippedBy: string | null;
  box: Box;
}

/** What the page evaluates; kept apart so it reads as one piece of browser code. */
function readFocus(): Omit<FocusStop, 'role' | 'name' | 'description'> | null {
  type Keyed = Window & { __focusKeys?: WeakMap<Element, number>; __focusNext?: number };
  const w = window as Keyed;
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (el === null || el === document.body || el === document.documentElement) return null;
  w.__focusKeys ??= new WeakMap();
  if (!w.__focusKeys.has(el)) w.__focusKeys.set(el, (w.__focusNext = (w.__focusNext ?? 0) + 1));

  const rgba = (css: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;

  const style = getComputedStyle(el);
  const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const ring = outlineWidth > 0 ? 'outline' : style.boxShadow !== 'none' ? 'box-shadow' : 'none';
  const rect = el.getBoundingClientRect();
  const outset = ring === 'outline' ? Math.max(0, parseFloat(style.outlineOffset) + outlineWidth) : 0;
  const ringBox = { top: rect.top - outset, left: rect.left - outset, bottom: rect.bottom + outset, right: rect.right + outset };

  let ringContrast: number | null = null;
  const colour = rgba(style.outlineColor);
  if (ring === 'outline' && colour !== null) {
    // An outline drawn outside the element sits on its parent's background.
    let behind: [number, number, number, number] = [255, 255, 255, 1];
    for (let a: Element | null = parseFloat(style.outlineOffset) < 0 ? el : el.parentElement; a !== null; a = a.parentElement) {
      const bg = rgba(getComputedStyle(a).backgroundColor);
      if (bg !== null && bg[3] === 1) {
        behind = bg;
        break;
      }
    }
    const [l1, l2] = [luminance(colour), luminance(behind)].sort((x, y) => y - x) as [number, number];
    ringContrast = (l1 + 0.05) / (l2 + 0.05);
  }

  let clippedBy: string | null = null;
  for (let a = el.parentElement; a !== null && clippedBy === null; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    const inner = {
      top: r.top + parseFloat(s.borderTopWidth),
      left: r.left + parseFloat(s.borderLeftWidth),
      bottom: r.bottom - parseFloat(s.borderBottomWidth),
      right: r.right - parseFloat(s.borderRightWidth),
    };
    const slack = 0.5;
    if (ringBox.top < inner.top - slack || ringBox.left < inner.left - slack || ringBox.bottom > inner.bottom + slack || ringBox.right > inner.right + slack) {
      clippedBy = describe(a);
    }
  }

  return {
    key: w.__focusKeys.get(el)!,
    order: [...document.querySelectorAll('*')].indexOf(el),
    tag: el.tagName.toLowerCase(),
    type: el instanceof HTMLInputElement ? el.type : '',
    // A date field's calendar button is in the browser's own shadow tree: with
    // it focused the field matches :focus-within only, and must draw its ring from that.
    focusVisible: el.matches(':focus-visible') || (/^(date|time|datetime-local|month|week)$/.test((el as HTMLInputElement).type) && el.matches(':focus-within')),
    ring,
    ringContrast,
    clippedBy,
    box: { top: rect.top + scrollY, left: rect.left + scrollX, bottom: rect.bottom + scrollY, right: rect.right + scrollX },
  };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Accessibility.enable');
        return cdp;
      });
    sessions.set(page, session);
  }
  return session;
}

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: Array<{ name: string; value: AXValue }>;
  childIds?: string[];
}

/** Role and accessible name of the focused element, from Chrome's accessibility tree (what a screen reader reads). */
async function focusedAX(page: Page): Promise<{ role: string; name: string; description: string }> {
  const cdp = await cdpFor(page);
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: `(() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e; })()`,
  })) as { result: { objectId?: string } };
  if (result.objectId === undefined) return { role: '', name: '', description: '' };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false })) as { nodes: AXNode[] };
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const node = nodes[0];
  return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '').trim(), description: String(node?.description?.value ?? '').trim() };
}

/** The focused element now, or null when focus is on the page itself (body). */
export async function focused(page: Page): Promise<FocusStop | null> {
  const dom = await page.evaluate(readFocus);
  if (dom === null) return null;
  return { ...dom, ...(await focusedAX(page)) };
}

export function describeStop(stop: FocusStop | null): string {
  return stop === null ? '(nothing: the page itself)' : `${stop.role} "${stop.name}" <${stop.tag}>`;
}

/**
 * The focused control can be seen and heard: it matches :focus-visible, draws
 * a ring (outline or box-shadow) that contrasts 3:1 with what is behind it
 * and that no scrolling ancestor cuts off, and it has an accessible name.
 */
export function expectVisibleFocus(stop: FocusStop | null, where: string): asserts stop is FocusStop {
  expect(stop, `${where}: focus is on a control, not lost to the page`).not.toBeNull();
  const s = stop!;
  const what = `${where}: ${describeStop(s)}`;
  expect(s.focusVisible, `${what} matches :focus-visible`).toBe(true);
  expect(s.ring, `${what} draws a focus ring`).not.toBe('none');
  if (s.ringContrast !== null) expect(s.ringContrast, `${what}: focus ring contrast against its background`).toBeGreaterThanOrEqual(3);
  expect(s.clippedBy, `${what}: focus ring cut off by an ancestor's overflow`).toBeNull();
  expect(s.name, `${what} has an accessible name`).not.toBe('');
}

/**
 * Tab stays on the same element for its own parts only: the segments of a
 * date or time field (month, day, year, hour, minute, AM/PM). Any other
 * element still focused after Tab is a trap.
 */
const SEGMENTED = new Set(['date', 'time', 'datetime-local', 'month', 'week']);
function stuck(stop: FocusStop | null, previous: FocusStop | null | undefined, repeats: number): boolean {
  if (stop === null || previous === null || previous === undefined || stop.key !== previous.key) return false;
  return !SEGMENTED.has(stop.type) || repeats > 6;
}

/** What matches a stop: its accessible name (exactly, or by pattern), optionally with its role. */
export interface StopMatch {
  name: string | RegExp;
  role?: string;
}

function matches(stop: FocusStop | null, want: StopMatch): boolean {
  if (stop === null) return false;
  if (want.role !== undefined && stop.role !== want.role) return false;
  return typeof want.name === 'string' ? stop.name === want.name : want.name.test(stop.name);
}

/**
 * Presses Tab (or Shift+Tab) until the control named `want` has focus,
 * checking that focus is visible at every stop on the way. Fails when focus
 * stops moving (a trap) or comes back round without finding it.
 */
export async function tabTo(page: Page, want: StopMatch, opts: { back?: boolean; max?: number } = {}): Promise<FocusStop> {
  const key = opts.back === true ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  const start = await focused(page);
  let previous = start;
  let repeats = 0;
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (stop !== null) expectVisibleFocus(stop, `${key} towards "${String(want.name)}"`);
    repeats = stop !== null && stop.key === previous?.key ? repeats + 1 : 0;
    if (stuck(stop, previous, repeats)) throw new Error(`Focus is stuck on ${describeStop(stop)} (a keyboard trap)`);
    if (matches(stop, want)) return stop!;
    if (i > 0 && stop !== null && start !== null && stop.key === start.key) break;
    if (repeats === 0) passed.push(describeStop(stop));
    previous = stop;
  }
  throw new Error(`${key} never reached "${String(want.name)}"; it went through: ${passed.join(' → ')}`);
}

/**
 * The page's whole Tab cycle: presses Tab from wherever focus is until it
 * comes back there, checking visible focus at each stop, and returns the
 * stops from the start of the document. Fails on a trap (focus stuck, or
 * never coming back round).
 */
export async function tabCycle(page: Page, max = 120): Promise<FocusStop[]> {
  const start = await focused(page);
  const stops: Array<FocusStop | null> = [start];
  let repeats = 0;
  for (let i = 0; ; i++) {
    if (i >= max) throw new Error(`Tab did not come back round after ${max} presses (a keyboard trap?): ${stops.map(describeStop).join(' → ')}`);
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    const previous = stops[stops.length - 1];
    repeats = stop !== null && stop.key === previous?.key ? repeats + 1 : 0;
    if (stuck(stop, previous, repeats)) throw new Error(`Focus is stuck on ${describeStop(stop)} (a keyboard trap)`);
    if (repeats > 0) continue;
    if (stop?.key === start?.key) break;
    stops.push(stop);
  }
  const controls = stops.filter((s): s is FocusStop => s !== null);
  for (const s of controls) expectVisibleFocus(s, 'Tab cycle');
  // From the first control in document order: where Tab enters the page.
  const first = controls.reduce((a, b) => (b.order < a.order ? b : a));
  const at = controls.indexOf(first);
  return [...controls.slice(at), ...controls.slice(0, at)];
}

/**
 * Tab moves through the page in reading order: each stop is below the one
 * before, or on the same line and to its right. Returns the stops that break
 * it (empty when none do).
 */
export function outOfReadingOrder(stops: readonly FocusStop[]): string[] {
  const wrong: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1]!.box;
    const b = stops[i]!.box;
    const above = b.bottom <= a.top + 1;
    const sameLine = b.top < a.bottom - 1 && b.bottom > a.top + 1;
    const leftOf = b.right <= a.left + 1;
    if (above || (sameLine && leftOf)) wrong.push(`${describeStop(stops[i - 1]!)} → ${describeStop(stops[i]!)}`);
  }
  return wrong;
}

export interface Announcement {
  role: string;
  live: string;
  text: string;
}

/**
 * The live regions in the page's accessibility tree (role alert or status,
 * or aria-live) with their text: what a screen reader announces when it
 * changes. An alert is also announced when it appears.
 */
export async function liveRegions(page: Page): Promise<Announcement[]> {
  const cdp = await cdpFor(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const text = (n: AXNode): string => {
    const own = n.role?.value === 'StaticText' ? String(n.name?.value ?? '') : '';
    return own + (n.childIds ?? []).map((id) => byId.get(id)).filter((c): c is AXNode => c !== undefined).map(text).join('');
  };
  return nodes.flatMap((n) => {
    const live = n.properties?.find((p) => p.name === 'live')?.value.value;
    if (n.ignored || typeof live !== 'string' || live === 'off') return [];
    return [{ role: String(n.role?.value ?? ''), live, text: text(n) }];
  });
}
