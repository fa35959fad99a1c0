import type { FoundNumber, IndexListener } from './number-index';
import { OWN_ATTRIBUTE } from './skip';
import { yieldToPage } from './yield';

/**
 * Makes the numbers on or near the screen look like links, without touching
 * the page's nodes or styles (issue 4): a dotted underline under each, and a
 * tint under the one the pointer is on, drawn in the extension's own layer (a
 * closed shadow root on one element appended to <html>).
 *
 * Why not CSS Custom Highlights: any `::highlight()` rule makes Chromium
 * compute highlight styles for every element of the page, and again on each of
 * the page's own style changes (a 0.5-0.7 s style recalculation on the
 * benchmark's 5,000-row page, measured); this layer costs a few dozen boxes.
 *
 * Which numbers are near the screen: each element holding numbers is measured
 * once (in slices, after the page is laid out) and its place on the page kept;
 * a draw compares those places with the screen, which costs a loop over
 * numbers, no layout. Places are measured again when the page may have moved
 * them (its own changes, a resize, a nested scroller). Not an
 * IntersectionObserver per element: with 7,500 targets its computations took
 * 0.5-0.8 s of the page's main thread (measured).
 *
 * The layer is positioned in page coordinates, so it scrolls with the page
 * for free; it is redrawn in the next frame when something else may have
 * moved the numbers (a nested scroller, a fixed header, a resize, the page's
 * own changes).
 */
const COLOUR = '#1a4fd6';
const STYLE = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; pointer-events: none !important; z-index: 0 !important; contain: layout style !important; }
div { position: absolute; box-sizing: border-box; pointer-events: none; }
.line { border-bottom: 2px dotted ${COLOUR}; opacity: .85; }
.hover { background: rgba(26, 79, 214, 0.14); border-bottom: 1px solid ${COLOUR}; border-radius: 2px; }
[hidden] { display: none; }
`;
/** "Near the screen": this many screen heights above and below it are drawn too, so scrolling shows them at once. */
const MARGIN_SCREENS = 1;
/** A burst of moves (a resize, a nested scroll) is measured again once, this long after it started. */
const REMEASURE_MS = 100;
/** The same after the page's own changes (see `moved`). */
const REMEASURE_AFTER_CHANGES_MS = 1000;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * An element holding numbers: its text nodes that hold them (usually one)
 * and where it is on the page (page coordinates, when last measured). One
 * record per element, for every question Marks asks of it.
 */
interface Watch {
  readonly nodes: Text[];
  top: number;
  bottom: number;
  /** Has a place (measured at least once). */
  measured: boolean;
  /** Measured since the page last changed. */
  fresh: boolean;
  /** In the measuring queue. */
  queued: boolean;
}

export class Marks implements IndexListener {
  private readonly watched = new Map<Element, Watch>();
  /**
   * Elements to measure, in the order they were found (the top of the page
   * first). An element no longer watched, or measured since, is passed over
   * when its turn comes (cheaper than removing it from the middle).
   */
  private queue: Element[] = [];
  private queueAt = 0;
  private measuring = false;
  private hovered: FoundNumber | null = null;
  private host: HTMLElement | null = null;
  private layer: ShadowRoot | null = null;
  private readonly pool: HTMLDivElement[] = [];
  private frame = 0;
  private readonly stopListening = new AbortController();
  private readonly resizes: ResizeObserver;
  private remeasure: ReturnType<typeof setTimeout> | undefined;
  private remeasureAt = 0;
  /** Resolves after the page's first frame since detection started. */
  private readonly laidOut: Promise<void>;
  /**
   * The page changed its DOM since its last frame: its layout is out of date,
   * and reading a place now would make us lay out the page's change ourselves
   * (300-500 ms for 500 rows appended to the benchmark's table, in a task of
   * ours, ahead of reading the rows). Measuring waits for the page's frame.
   */
  private pageChangedSinceFrame = false;
  /** Draws wait while this many holds last (holdDraws); `drawWanted` says one was asked for meanwhile. */
  private holds = 0;
  private drawWanted = false;
  /** The band drawn last (page coordinates): what `near` compares with, without reading the layout. */
  private drawnBand = { top: 0, bottom: -1 };

  constructor(
    private readonly doc: Document,
    private readonly matchesOf: (node: Text) => readonly FoundNumber[] | undefined,
    private readonly onError: (error: unknown) => void,
    /** Runs `step` in slices that yield to the page; resolves when it returns false. */
    private readonly inSlices: (step: () => boolean) => Promise<void>,
    /** Every place waiting to be measured has been (for the benchmark's marks). */
    private readonly onMeasured: () => void = () => undefined,
  ) {
    const view = doc.defaultView;
    this.laidOut = new Promise((resolve) => (view === null ? resolve() : view.requestAnimationFrame(() => resolve())));
    const options = { capture: true, passive: true, signal: this.stopListening.signal };
    // A nested scroller moves numbers without moving the page; the page's own
    // scroll moves those in fixed or sticky boxes (a header with the company
    // number), measured again once the scrolling has settled.
    view?.addEventListener('scroll', (e) => (e.target === doc ? this.moved(false) : this.moved()), options);
    view?.addEventListener('resize', () => this.moved(), options);
    doc.fonts?.addEventListener('loadingdone', () => this.moved(), { signal: this.stopListening.signal });
    // Images and late styles that grow the page move what is below them.
    // (An observer reports once when it starts: that, and sizes already
    // measured at, move nothing.)
    let size = '';
    this.resizes = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const now = box === undefined ? '' : `${box.width}x${box.height}`;
      if (size !== '' && now !== size) this.moved();
      size = now;
    });
    this.resizes.observe(doc.documentElement);
  }

  changed(node: Text, found: readonly FoundNumber[], before: Element | null): void {
    const parent = found.length === 0 ? null : found[0]!.parent;
    if (before !== null && before !== parent) this.unwatch(node, before);
    if (parent === null) return;
    const watch = this.watched.get(parent);
    if (watch === undefined) {
      this.watched.set(parent, { nodes: [node], top: 0, bottom: 0, measured: false, fresh: false, queued: true });
      this.queue.push(parent);
      this.measureSoon();
    } else {
      if (!watch.nodes.includes(node)) watch.nodes.push(node);
      if (this.near(watch)) this.redraw();
    }
  }

  setHover(found: FoundNumber | null): void {
    if (found === this.hovered) return;
    this.hovered = found;
    this.redraw();
  }

  /** The page changed its DOM (added, removed, showed or hid nodes): places may have moved, and its layout is out of date. */
  pageChanged(): void {
    this.pageChangedSinceFrame = true;
    this.moved(false);
  }

  /**
   * The page may have moved its content: draw in the next frame (the boxes
   * drawn are always measured afresh), and measure every place again, once for
   * a burst of changes. `soon` for what moves things for sure (a resize, a
   * nested scroller); the page's own changes wait longer: most (a ticking
   * clock, a status text) move nothing, and a full measure of a 7,500-number
   * page costs tens of milliseconds.
   */
  moved(soon = true): void {
    this.redraw();
    const delay = soon ? REMEASURE_MS : REMEASURE_AFTER_CHANGES_MS;
    if (this.remeasure !== undefined) {
      if (!soon || this.remeasureAt <= performance.now() + delay) return;
      clearTimeout(this.remeasure);
    }
    this.remeasureAt = performance.now() + delay;
    this.remeasure = setTimeout(() => {
      this.remeasure = undefined;
      for (const [el, watch] of this.watched) {
        if (!watch.fresh) continue;
        watch.fresh = false;
        if (!watch.queued) {
          watch.queued = true;
          this.queue.push(el);
        }
      }
      this.measureSoon();
    }, delay);
  }

  /**
   * No draw until `until` settles: the scanner is reading what the page has
   * just changed, partly in the page's next frame (yieldBeforeLayout), and a
   * draw ahead of it in that frame would lay the change out first (a draw
   * reads the numbers' rectangles): 300-500 ms on the benchmark's 500
   * appended rows, measured, which the reading then waited behind.
   */
  holdDraws(until: Promise<unknown>): void {
    this.holds++;
    void until.finally(() => {
      this.holds--;
      if (this.holds === 0 && this.drawWanted) {
        this.drawWanted = false;
        this.redraw();
      }
    });
  }

  /** Draws again in the next frame (once, however many calls). */
  redraw(): void {
    if (this.holds > 0) {
      this.drawWanted = true;
      return;
    }
    if (this.frame !== 0 || (this.watched.size === 0 && this.host === null)) return;
    const view = this.doc.defaultView;
    if (view === null) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      // (This frame lays the page's changes out: a task queued from here on reads an up-to-date layout.)
      this.pageChangedSinceFrame = false;
      if (this.holds > 0) {
        this.drawWanted = true;
        return;
      }
      try {
        this.draw();
      } catch (error) {
        this.onError(error);
      }
    });
  }

  destroy(): void {
    this.resizes.disconnect();
    this.stopListening.abort();
    clearTimeout(this.remeasure);
    if (this.frame !== 0) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.queue = [];
    this.queueAt = 0;
    this.host?.remove();
    this.host = this.layer = null;
    this.pool.length = 0;
  }

  private unwatch(node: Text, parent: Element): void {
    const watch = this.watched.get(parent);
    if (watch === undefined) return;
    const at = watch.nodes.indexOf(node);
    if (at >= 0) watch.nodes.splice(at, 1);
    if (watch.nodes.length > 0) return;
    this.watched.delete(parent);
    if (this.near(watch)) this.redraw();
  }

  /**
   * Measures what is waiting, in slices, once the page has a layout to read:
   * after its first frame (measuring earlier would force its first layout
   * early), then in plain tasks. Not a frame callback each time: every
   * requested frame costs the page a rendering pass, about 10 ms on the
   * benchmark's page even with nothing to paint (20 of them during its scan,
   * measured). After a change of the page's DOM, though, its next frame
   * comes anyway, and measuring waits for it (pageChangedSinceFrame).
   */
  private measureSoon(): void {
    if (this.measuring) return;
    this.measuring = true;
    void (this.pageChangedSinceFrame ? this.nextFrame() : this.laidOut)
      .then(() => yieldToPage())
      .then(() => this.inSlices(() => this.measureSome()))
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.measuring = false;
        if (this.stopListening.signal.aborted) return;
        if (this.queueAt < this.queue.length) this.measureSoon();
        else this.onMeasured();
      });
  }

  /** Measures a few elements; false when none is left. */
  private measureSome(): boolean {
    const view = this.doc.defaultView;
    // (Changed between two slices: the rest waits for the page's frame, see measureSoon.)
    if (view === null || this.stopListening.signal.aborted || this.pageChangedSinceFrame) return false;
    const band = this.band();
    const scrollY = view.scrollY;
    let near = false;
    let count = 0;
    // A table cell is placed by its row: the cells of a row, queued one
    // after the other, are measured once (a third fewer layout reads on a
    // list with two phone columns; the underline is drawn from the number's
    // own rectangles anyway).
    let row: Element | null = null;
    let rowTop = 0;
    let rowBottom = 0;
    while (this.queueAt < this.queue.length && count < 64) {
      const el = this.queue[this.queueAt++]!;
      const watch = this.watched.get(el);
      if (watch === undefined || !watch.queued) continue;
      watch.queued = false;
      if (!el.isConnected) continue;
      // (A cell spanning rows reaches below its row: measured itself.)
      const box = el instanceof HTMLTableCellElement && el.rowSpan === 1 ? (el.parentElement ?? el) : el;
      if (box !== row) {
        const r = box.getBoundingClientRect();
        row = box;
        rowTop = r.top;
        rowBottom = r.bottom;
      }
      watch.top = rowTop + scrollY;
      watch.bottom = rowBottom + scrollY;
      watch.measured = watch.fresh = true;
      if (watch.bottom >= band.top && watch.top <= band.bottom) near = true;
      count++;
    }
    if (near) this.redraw();
    if (this.queueAt < this.queue.length) return true;
    this.queue = [];
    this.queueAt = 0;
    return false;
  }

  /** Resolves in the page's next frame, before its layout; a task queued then runs after it. */
  private nextFrame(): Promise<void> {
    const view = this.doc.defaultView;
    if (view === null) return Promise.resolve();
    return new Promise((resolve) =>
      view.requestAnimationFrame(() => {
        this.pageChangedSinceFrame = false;
        resolve();
      }),
    );
  }

  /** The part of the page that is drawn: the screen and a margin above and below, in page coordinates. */
  private band(): { top: number; bottom: number } {
    const view = this.doc.defaultView;
    if (view === null) return { top: 0, bottom: -1 };
    const margin = view.innerHeight * MARGIN_SCREENS;
    return { top: view.scrollY - margin, bottom: view.scrollY + view.innerHeight + margin };
  }

  /** Whether `watch` is in the part of the page drawn last (a scroll since draws again anyway). */
  private near(watch: Watch): boolean {
    if (!watch.measured) return false;
    const band = this.drawnBand;
    return watch.bottom >= band.top && watch.top <= band.bottom;
  }

  /**
   * One pass: read every rectangle first, then write every box, so the page
   * is laid out once (reading after writing would force a layout per box).
   */
  private draw(): void {
    const boxes: Array<{ box: Box; kind: 'line' | 'hover' }> = [];
    const clips = new Map<Element, Box | null>();
    const range = this.doc.createRange();
    const add = (f: FoundNumber, kind: 'line' | 'hover') => {
      if (!f.node.isConnected || f.end > f.node.length) return;
      const clip = clipOf(f.node.parentElement, clips);
      if (clip === null) return;
      range.setStart(f.node, f.start);
      range.setEnd(f.node, f.end);
      for (const r of range.getClientRects()) {
        const box = intersect(r, clip);
        if (box !== null) boxes.push({ box, kind });
      }
    };
    const band = (this.drawnBand = this.band());
    for (const watch of this.watched.values()) {
      if (!watch.measured || watch.bottom < band.top || watch.top > band.bottom) continue;
      for (const node of watch.nodes) for (const f of this.matchesOf(node) ?? []) add(f, 'line');
    }
    if (this.hovered !== null) add(this.hovered, 'hover');
    if (boxes.length === 0 && this.host === null) return;

    const layer = this.ensureLayer();
    // The layer sits at the page's origin; boxes are placed relative to it.
    const origin = this.host!.getBoundingClientRect();
    while (this.pool.length < boxes.length) {
      const div = this.doc.createElement('div');
      layer.append(div);
      this.pool.push(div);
    }
    boxes.forEach(({ box, kind }, i) => {
      const div = this.pool[i]!;
      div.className = kind;
      div.hidden = false;
      div.style.left = `${box.left - origin.left}px`;
      div.style.width = `${box.right - box.left}px`;
      // The underline goes just under the text; the hover tint covers it.
      div.style.top = `${(kind === 'line' ? box.bottom - 2 : box.top) - origin.top}px`;
      div.style.height = `${kind === 'line' ? 2 : box.bottom - box.top}px`;
    });
    for (let i = boxes.length; i < this.pool.length; i++) this.pool[i]!.hidden = true;
  }

  private ensureLayer(): ShadowRoot {
    if (this.host !== null && this.host.isConnected && this.layer !== null) return this.layer;
    this.host?.remove();
    this.pool.length = 0;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, '');
    const root = host.attachShadow({ mode: 'closed' });
    // A constructable sheet, not a <style>: a strict page CSP (style-src) cannot block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    this.doc.documentElement.append(host);
    this.host = host;
    this.layer = root;
    return root;
  }
}

/**
 * The part of the screen where `el`'s content can show: inside every
 * ancestor that clips its overflow (a scrolling list, a panel), as far up as
 * <body> (whose overflow belongs to the page itself). Null when nothing of it
 * can show. Answers are shared by the elements of one draw.
 */
function clipOf(el: Element | null, known: Map<Element, Box | null>): Box | null {
  const everything: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  if (el === null) return everything;
  const seen = known.get(el);
  if (seen !== undefined) return seen;
  const doc = el.ownerDocument;
  let parent: Element | null = el.parentElement;
  if (parent === null) {
    const root = el.getRootNode();
    parent = root instanceof ShadowRoot ? root.host : null;
  }
  let clip = el === doc.body || el === doc.documentElement || parent === null ? everything : clipOf(parent, known);
  if (clip !== null && el !== doc.body && el !== doc.documentElement) {
    const style = doc.defaultView?.getComputedStyle(el);
    // (Overflow does nothing on inline boxes, whose client size reads 0.)
    const clips = style !== undefined && style.display !== 'inline' && style.display !== 'contents' && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
    if (clips) {
      const r = el.getBoundingClientRect();
      // The padding box: inside the borders.
      const left = r.left + el.clientLeft;
      const top = r.top + el.clientTop;
      clip = intersect({ left, top, right: left + el.clientWidth, bottom: top + el.clientHeight }, clip);
    }
  }
  known.set(el, clip);
  return clip;
}

function intersect(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right > box.left && box.bottom > box.top ? box : null;
}
