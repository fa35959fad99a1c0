import type { PhoneMatch } from '../shared/phone/find-phone-numbers';
import { detectText, worthScanning } from './detect-text';
import type { FoundNumber, NumberIndex } from './number-index';
import { report } from './guard';
import { insideSkipped, SKIP_SELECTOR, skippedFrom, textParentSkipper } from './skip';
import { noteWork, SLICE_MS, yieldBeforeLayout, yieldToPage } from './yield';

/**
 * Finds numbers in the page, read-only, in slices that yield to the page
 * (issue 4, Performance). A queue of subtrees to walk: first what is on
 * screen (from the first element in view, down to just below the fold), then
 * the whole page, then open shadow roots as they turn up and the subtrees
 * the page changes later (mutations.ts). A text node whose text has not
 * changed since it was read is not read again.
 */
/** When the current slice started, and how long it may run (SLICE_MS but for a first slice, see CHANGE_SLICE_MS). */
interface Clock {
  sliceStart: number;
  limit: number;
  /** Until when the slices go ahead of the page's next frame (see CHANGE_URGENT_MS); 0: they do not. */
  urgentUntil: number;
}

interface Task {
  readonly root: Node;
  /** Start walking here instead of at `root` (the first element on screen). */
  readonly from?: Node;
  /** Stop once the walk is well below the visible part of the page. */
  readonly visibleOnly?: boolean;
  /** Read a screenful of text before the first pause (see SCREENFUL_CHARS). */
  readonly screenful?: boolean;
  /** Read text again even if unchanged: what it sits in changed (a panel shown, an area no longer editable). */
  readonly again?: boolean;
  readonly done?: () => void;
}

export interface ScannerOptions {
  readonly doc: Document;
  readonly country: string;
  readonly index: NumberIndex;
  readonly signal: AbortSignal;
  /** An open shadow root met on the way (a web-component CRM). */
  onShadowRoot(root: ShadowRoot): void;
}

/** Below the fold by this much, the visible-first pass stops. */
const FOLD_MARGIN_PX = 200;
/**
 * About a screen of text (a 1280×800 screen of dense 13-14 px text holds
 * 40-50 lines of up to 180 characters; the layout read at the first frame
 * says whether it was enough, see FoldWatch). The first slice, at DOMContentLoaded,
 * reads this much before it yields: once it yields, the page's first layout
 * and paint go first (most of a second on the benchmark's page), and the
 * numbers on screen would wait behind them.
 */
const SCREENFUL_CHARS = 8_000;
/** ...within the limit of a long task (50 ms), the detector's first (cold) calls included. */
const FIRST_SLICE_MAX_MS = 40;
/**
 * What the page has just added or changed is read in one go up to this
 * long, right after the change: rows appended are then usually callable
 * before the browser lays them out. More than that waits behind the page's
 * layout of them (300-700 ms on the benchmark's table, measured) like any
 * other slice: before this bound, 2,000 appended rows were read in one
 * uninterrupted 130 ms run (measured).
 */
const CHANGE_SLICE_MS = FIRST_SLICE_MAX_MS;
/**
 * What is left of a change after that first slice is read ahead of the
 * browser's layout of the change, for up to this long after it: in
 * 'user-blocking' tasks, or in the page's next frame before its layout,
 * whichever comes first (yieldBeforeLayout). With plain slices the page's
 * layout of the rows went first (300-500 ms on the benchmark's table).
 */
export const CHANGE_URGENT_MS = 100;
/** Nodes between two looks at the clock (a call into the browser from the isolated world). */
const CHECK_EVERY = 32;

export class Scanner {
  private readonly queue: Task[] = [];
  private running = false;
  /** How long the next run's first slice may be (CHANGE_SLICE_MS when a change of the page starts it). */
  private firstSlice = SLICE_MS;
  /** The next run reads a change of the page (see CHANGE_URGENT_MS). */
  private forChange = false;
  /**
   * The text each node had when it was read, kept only once a part of the
   * page is read twice (the on-screen pass of a page restored further down,
   * then the whole page): a WeakMap entry per text node is garbage-collector
   * work the common case does not need.
   */
  private readonly seen = new WeakMap<Text, string>();
  private rereads = false;
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  /** Text read on the spot for the pointer (numbersAt) and found to hold no number, as it was then. */
  private readonly pointedAt = new WeakMap<Text, string>();
  /** Told where the walk is at the end of each slice (FoldWatch). */
  private onSlice: ((node: Node) => void) | null = null;

  constructor(private readonly o: ScannerOptions) {}

  /**
   * The first pass, started as soon as the page is parsed. Resolves when the
   * whole page has been read; `onVisible` gets the time from which every
   * number on screen was callable.
   *
   * A page opened at its top is read in document order at once, before its
   * first layout: what the screen will show is what is read first, and
   * waiting for a frame would wait behind the page's own first layout (most
   * of a second on the benchmark's 5,000-row page, measured). Which slice
   * covered the screen is known only once the page is laid out (FoldWatch).
   * A page restored further down (reload, history, #anchor) is read from the
   * first element on screen once laid out, then as a whole.
   */
  async initial(onVisible: (at: number) => void): Promise<void> {
    const { doc } = this.o;
    const body = doc.body ?? doc.documentElement;
    if (opensAtTop(doc)) {
      const fold = new FoldWatch(doc, onVisible, this.o.signal);
      this.onSlice = (node) => fold.slice(node);
      return new Promise((resolve) => {
        this.queue.push({
          root: body,
          screenful: true,
          done: () => {
            this.onSlice = null;
            fold.finish();
            resolve();
          },
        });
        this.kick();
      });
    }
    const visible = doc.visibilityState === 'visible' && (await afterNextFrame(doc));
    if (this.o.signal.aborted) return;
    const from = visible ? firstVisibleElement(doc) : null;
    return new Promise((resolve) => {
      if (from !== null && from !== body) {
        this.rereads = true;
        this.queue.push({ root: body, from, visibleOnly: true, done: () => onVisible(performance.now()) });
      }
      else onVisible(performance.now());
      this.queue.push({ root: body, done: resolve });
      this.kick();
    });
  }

  /**
   * The page showed or hid an element, or made it editable or not (its
   * `hidden` or `contenteditable` changed): what it holds is read again, and
   * its numbers go when it is now skipped.
   */
  toggled(elements: readonly Element[]): void {
    for (const el of elements) {
      if (insideSkipped(el)) this.o.index.dropWithin(el);
      else this.queue.push({ root: el, again: true });
    }
    this.kickForChange();
  }

  /** Queues the subtrees and text nodes the page added or changed (and shadow roots found). */
  enqueue(nodes: readonly Node[]): void {
    // A page being edited as a whole is all "editable area" (insideSkipped), asked once.
    const editing = this.o.doc.designMode === 'on';
    // Rows added together share their ancestors: each is checked once.
    const known = new Map<Element, boolean>();
    for (const node of nodes) {
      if (!(node instanceof ShadowRoot)) {
        const type = node.nodeType;
        if (editing || (type !== Node.TEXT_NODE && type !== Node.ELEMENT_NODE)) continue;
        if (skippedFrom(type === Node.ELEMENT_NODE ? (node as Element) : node.parentElement, known)) continue;
      }
      this.queue.push({ root: node });
    }
    this.kickForChange();
  }

  /**
   * The numbers of one text node the agent points at or clicks, read now if
   * the walk has not come to it yet: on a long page the first pass takes a
   * second or more after load, and a number the agent reaches for meanwhile
   * (scrolled to at once, or in rows the page has just added) must call all
   * the same. Undefined when it holds none.
   */
  numbersAt(text: Text): readonly FoundNumber[] | undefined {
    const { index } = this.o;
    const known = index.get(text);
    if (known !== undefined || this.o.signal.aborted) return known;
    const data = text.data;
    // (A long log or JSON text under a moving pointer is read once, not at every frame.)
    if (!worthScanning(data) || this.pointedAt.get(text) === data) return undefined;
    const parent = text.parentElement;
    if (parent === null || isRawText(parent) || insideSkipped(text)) return undefined;
    this.pointedAt.set(text, data);
    const matches = detectText(text, data, this.o.country);
    if (matches.length === 0) return undefined;
    index.set(text, matches, parent);
    return index.get(text);
  }

  /** Resolves once the queue is empty (for the update marks). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push({ root: this.o.doc.createTextNode(''), done: resolve });
      this.kick();
    });
  }

  /** Starts reading what the page just changed, in a first slice of up to CHANGE_SLICE_MS. */
  private kickForChange(): void {
    if (!this.running) {
      this.firstSlice = CHANGE_SLICE_MS;
      this.forChange = true;
    }
    this.kick();
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.run()
      .catch((error: unknown) => {
        // One bad node must not stop detection for the rest of the page's life.
        report('scan', error);
      })
      .finally(() => {
        this.running = false;
        // Tasks queued after the loop saw an empty queue, but before this ran.
        if (this.queue.length > 0 && !this.o.signal.aborted) this.kick();
      });
  }

  private async run(): Promise<void> {
    const now = performance.now();
    const clock: Clock = { sliceStart: now, limit: this.firstSlice, urgentUntil: this.forChange ? now + CHANGE_URGENT_MS : 0 };
    this.firstSlice = SLICE_MS;
    this.forChange = false;
    try {
      while (!this.o.signal.aborted) {
        const task = this.queue.shift();
        if (task === undefined) return;
        const complete = await this.walkText(task, clock);
        // The visible-first pass leaves shadow roots to the full pass after it.
        if (complete && !task.visibleOnly) await this.findShadowRoots(task.root, clock);
        task.done?.();
        // Many small tasks (each row the page added) are sliced too: a walk looks at the clock only every few nodes.
        if (performance.now() - clock.sliceStart > clock.limit) await this.pause(clock, null);
      }
    } finally {
      noteWork(performance.now() - clock.sliceStart);
    }
  }

  /** Whether this slice has run long enough: SLICE_MS, or for a screenful first slice the screenful (at most FIRST_SLICE_MAX_MS). */
  private sliceOver(clock: Clock, toRead: number): boolean {
    const elapsed = performance.now() - clock.sliceStart;
    return toRead > 0 ? elapsed > FIRST_SLICE_MAX_MS : elapsed > clock.limit;
  }

  /** Gives the page the main thread when this slice has run long enough; false when the page removed `current` meanwhile. */
  private async pause(clock: Clock, current: Node | null): Promise<boolean> {
    if (performance.now() - clock.sliceStart <= clock.limit) return true;
    if (current !== null) this.onSlice?.(current);
    noteWork(performance.now() - clock.sliceStart);
    // (Resumed in a frame, one more change-sized slice: the frame lays the change out next.)
    const inFrame = performance.now() < clock.urgentUntil ? await yieldBeforeLayout(this.o.doc.defaultView) : (await yieldToPage(), false);
    clock.sliceStart = performance.now();
    clock.limit = inFrame ? CHANGE_SLICE_MS : SLICE_MS;
    return current === null || current.isConnected;
  }

  /**
   * The text nodes of one task, read in document order. Text only: a walker
   * that also stops at every element costs ten times more from the isolated
   * world (about 0.7 s against 70 ms on the benchmark's 5,000-row page,
   * measured), and elements matter only for shadow roots (findShadowRoots).
   * False when the walk stopped early (below the fold, or the page removed
   * what it was walking and the task was queued again).
   */
  private async walkText(task: Task, clock: Clock): Promise<boolean> {
    const single = task.root.nodeType === Node.TEXT_NODE;
    const walker = this.o.doc.createTreeWalker(task.root, NodeFilter.SHOW_TEXT);
    if (task.from !== undefined) walker.currentNode = task.from;
    let node = (single ? task.root : walker.nextNode()) as Text | null;
    let count = 0;
    // Unknown for the first node of a task: detect-text then reads it from the page.
    let preceding: string | undefined;
    // Where the skip check stops: above it, enqueue() already checked.
    const top = single ? task.root.parentElement : task.root;
    const skipper = textParentSkipper(top);
    const isSkipped = (parent: Element | null): boolean => parent === null || isRawText(parent) || skipper(parent);
    let toRead = task.screenful === true ? SCREENFUL_CHARS : 0;
    while (node !== null && !this.o.signal.aborted) {
      const data = node.data;
      toRead -= data.length;
      if (worthScanning(data)) {
        const found = this.read(node, data, preceding, isSkipped, task.again === true);
        if (task.visibleOnly && found && isBelowFold(node)) return false;
      } else if (this.o.index.size > 0 && this.o.index.has(node)) {
        this.o.index.set(node, []);
      }
      // (Kept whole: the detector reads only its end, and slicing each node's text was garbage to collect.)
      if (NOT_BLANK.test(data)) preceding = data;
      // (The clock is read every few nodes, and `await` only to actually yield: each await is a microtask hop.)
      if (++count % CHECK_EVERY === 0 && this.sliceOver(clock, toRead) && !(await this.pause(clock, walker.currentNode))) {
        // The page may have removed what we were walking: walk it again
        // later (already-read text is skipped), or drop it if it is gone.
        if (task.root.isConnected) {
          this.rereads = true;
          this.queue.push(task.visibleOnly ? { root: task.root } : task);
        }
        return false;
      }
      node = single ? null : (walker.nextNode() as Text | null);
    }
    return true;
  }

  /**
   * Open shadow roots under `root` (a web-component CRM). One native
   * `querySelectorAll` and a property read per element that may have one, in
   * slices: much cheaper than stopping the text walk at every element. Nested
   * roots are found when each root's own task runs.
   */
  private async findShadowRoots(root: Node, clock: Clock): Promise<void> {
    if (!(root instanceof Element || root instanceof Document || root instanceof DocumentFragment)) return;
    if (root instanceof Element && mayHostShadow(root)) this.shadowRootOf(root);
    // Most elements of a table or a list cannot host a shadow root at all
    // (cells, rows, links, items): a selector leaves them out natively, with
    // no wrapper object made for each in this world (4 ms against 25 ms on
    // the benchmark's page, measured). On a page made of <div>s it leaves out
    // little, and a static list reads slower than the live collection
    // (measured): the shorter of the two is walked.
    const few = root.querySelectorAll(NO_HOST_SELECTOR);
    // (A table row the page added, say: nothing in it can host one.)
    if (few.length === 0) return;
    const every = root instanceof DocumentFragment ? null : root.getElementsByTagName('*');
    const all = every === null || few.length * 2 < every.length ? few : every;
    for (let i = 0; i < all.length && !this.o.signal.aborted; i++) {
      const el = all[i]!;
      if (mayHostShadow(el)) this.shadowRootOf(el);
      if (i % 256 === 255 && performance.now() - clock.sliceStart > clock.limit && !(await this.pause(clock, root))) return;
    }
  }

  private shadowRootOf(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow === null || this.shadowRoots.has(shadow) || el.closest(SKIP_SELECTOR) !== null) return;
    this.shadowRoots.add(shadow);
    this.o.onShadowRoot(shadow);
  }

  /**
   * Reads one text node worth scanning; true when it holds numbers. Where it
   * sits (a script, a form field, an editable area...) is asked only when it
   * does: that walk up the tree was the costliest step left for the dates,
   * IDs and amounts around the numbers, and even reading the parent of every
   * cell costs a wrapper object each in this isolated world (measured). Long
   * text is the exception: an inline script's or style's is checked first,
   * not read.
   */
  private read(text: Text, data: string, preceding: string | undefined, isSkipped: (parent: Element | null) => boolean, again: boolean): boolean {
    const { index, country } = this.o;
    if (this.rereads) {
      if (!again && this.seen.get(text) === data) return index.has(text);
      this.seen.set(text, data);
    }
    // (The parent is read once, and only when needed: each read makes a wrapper object in this world.)
    let parent: Element | null | undefined;
    if (data.length > LONG_TEXT) {
      parent = text.parentElement;
      if (isSkipped(parent)) {
        index.set(text, NONE);
        return false;
      }
    }
    let matches: readonly PhoneMatch[] = detectText(text, data, country, preceding);
    if (matches.length > 0) {
      parent ??= text.parentElement;
      if (isSkipped(parent)) matches = NONE;
    }
    index.set(text, matches, parent ?? null);
    return matches.length > 0;
  }
}

const NOT_BLANK = /\S/;
const NONE: readonly never[] = [];
/** Text longer than this is checked for being a script's or style's before it is read (see `read`). */
const LONG_TEXT = 512;

/** Elements whose text is never the page's prose (checked by prototype: plain JavaScript, no call into the DOM). */
let rawTextPrototypes: Set<object> | undefined;
function isRawText(el: Element): boolean {
  rawTextPrototypes ??= new Set<object>([HTMLScriptElement.prototype, HTMLStyleElement.prototype, HTMLTextAreaElement.prototype, HTMLTitleElement.prototype, HTMLOptionElement.prototype]);
  return rawTextPrototypes.has(Object.getPrototypeOf(el) as object);
}

/**
 * Only custom elements and 18 kinds of HTML element can host a shadow root
 * (DOM standard, attachShadow). Telling them apart by prototype is plain
 * JavaScript, where reading `shadowRoot` or `localName` is a call into the
 * DOM from the isolated world: the cells and rows of a 5,000-row table cost
 * 98 ms of `shadowRoot` reads (measured), and a selector naming the other
 * elements cost as much in matching. The page's custom elements show in
 * this world as plain HTMLElements; so do <article>, <section>, <nav>...
 */
let hostPrototypes: Set<object> | undefined;
/** Common elements that cannot host a shadow root (not in the DOM standard's list above). */
const NO_HOST_SELECTOR = `:not(${['td', 'tr', 'th', 'tbody', 'thead', 'tfoot', 'table', 'col', 'colgroup', 'caption', 'a', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'img', 'br', 'hr', 'input', 'button', 'select', 'option', 'textarea', 'label', 'form', 'b', 'i', 'em', 'strong', 'small', 'code', 'pre', 'svg', 'path', 'g', 'use', 'script', 'style', 'link', 'meta'].join(',')})`;
function mayHostShadow(el: Element): boolean {
  hostPrototypes ??= new Set<object>([
    HTMLElement.prototype,
    HTMLDivElement.prototype,
    HTMLSpanElement.prototype,
    HTMLParagraphElement.prototype,
    HTMLHeadingElement.prototype,
    HTMLBodyElement.prototype,
    HTMLQuoteElement.prototype,
  ]);
  return hostPrototypes.has(Object.getPrototypeOf(el) as object);
}

/**
 * Says when the first pass had read past the bottom of the screen: each
 * slice's end is noted (time, where the walk was), and once the page has been
 * laid out (its first frame) the first note below the fold gives the time.
 * If the walk ends first, that is the time.
 */
class FoldWatch {
  private readonly notes: Array<{ at: number; node: Node }> = [];
  private laidOut = false;
  private told = false;

  constructor(
    doc: Document,
    private readonly onVisible: (at: number) => void,
    signal: AbortSignal,
  ) {
    // However long the page's first layout takes (no time limit here: a
    // page in the background renders no frame, and `finish` tells then).
    doc.defaultView?.requestAnimationFrame(() =>
      setTimeout(() => {
        if (signal.aborted || this.told) return;
        this.laidOut = true;
        const note = this.notes.find((n) => n.node.isConnected && isBelowFold(n.node, 0));
        if (note !== undefined) this.tell(note.at);
        this.notes.length = 0;
      }, 0),
    );
  }

  slice(node: Node): void {
    if (this.told) return;
    if (!this.laidOut) this.notes.push({ at: performance.now(), node });
    else if (isBelowFold(node, 0)) this.tell(performance.now());
  }

  finish(): void {
    if (!this.told) this.tell(performance.now());
  }

  private tell(at: number): void {
    this.told = true;
    this.notes.length = 0;
    this.onVisible(at);
  }
}

/**
 * A page opened by following a link or typing its address shows its top
 * first; a reload or a step back in history restores a scroll position, and
 * a #fragment scrolls to its target.
 */
function opensAtTop(doc: Document): boolean {
  const view = doc.defaultView;
  if (view === null || view.location.hash !== '') return false;
  const nav = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav === undefined || nav.type === 'navigate';
}

/** True once the page has rendered a frame (false if none came soon: a page in the background renders none). */
function afterNextFrame(doc: Document): Promise<boolean> {
  const view = doc.defaultView;
  if (view === null) return Promise.resolve(false);
  return new Promise((resolve) => {
    const fallback = setTimeout(() => resolve(false), 200);
    view.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve(true);
      }, 0),
    );
  });
}

function firstVisibleElement(doc: Document): Element | null {
  const view = doc.defaultView;
  if (view === null) return null;
  // Down the left third of the screen: skips a full-width header with no numbers.
  for (const y of [4, view.innerHeight / 4, view.innerHeight / 2]) {
    const el = doc.elementFromPoint(Math.min(view.innerWidth / 3, 200), y);
    if (el !== null && el !== doc.body && el !== doc.documentElement && !insideSkipped(el)) {
      // The row rather than the cell: the cells to its left are on screen too.
      const row = el.parentElement;
      return row !== null && row !== doc.body ? row : el;
    }
  }
  return null;
}

/** Whether `node` is below the bottom of the screen, by more than `margin` pixels. */
function isBelowFold(node: Node, margin = FOLD_MARGIN_PX): boolean {
  const parent = node instanceof Element ? node : node.parentElement;
  const view = node.ownerDocument?.defaultView ?? null;
  if (parent === null || view === null) return false;
  return parent.getBoundingClientRect().top > view.innerHeight + margin;
}
