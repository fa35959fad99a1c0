import { detectText, worthScanning } from './detect-text';
import type { NumberIndex } from './number-index';
import { report } from './guard';
import { insideSkipped, isSkipped, SKIP_SELECTOR } from './skip';
import { SLICE_MS, yieldToPage } from './yield';

/**
 * Finds numbers in the page, read-only, in slices that yield to the page
 * (issue 4, Performance). A queue of subtrees to walk: first what is on
 * screen (from the first element in view, down to just below the fold), then
 * the whole page, then open shadow roots as they turn up and the subtrees
 * the page changes later (mutations.ts). A text node whose text has not
 * changed since it was read is not read again.
 */
interface Task {
  readonly root: Node;
  /** Start walking here instead of at `root` (the first element on screen). */
  readonly from?: Node;
  /** Stop once the walk is well below the visible part of the page. */
  readonly visibleOnly?: boolean;
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
const CHECK_EVERY = 16;

export class Scanner {
  private readonly queue: Task[] = [];
  private running = false;
  /** The text each node had when it was read. */
  private readonly seen = new WeakMap<Text, string>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();

  constructor(private readonly o: ScannerOptions) {}

  /**
   * The first pass: visible first, then everything. Resolves when both are
   * done. Finding what is on screen needs layout: it waits for the page's
   * next frame, so it reads the layout the browser made anyway instead of
   * forcing one of its own (half a second on a 5,000-row table, measured).
   */
  async initial(onVisible: () => void): Promise<void> {
    const { doc } = this.o;
    const body = doc.body ?? doc.documentElement;
    const visible = doc.visibilityState === 'visible' && (await afterNextFrame(doc));
    if (this.o.signal.aborted) return;
    const from = visible ? firstVisibleElement(doc) : null;
    return new Promise((resolve) => {
      if (from !== null && from !== body) this.queue.push({ root: body, from, visibleOnly: true, done: onVisible });
      else onVisible();
      this.queue.push({ root: body, done: resolve });
      this.kick();
    });
  }

  /** Queues a subtree or text node the page added or changed. */
  enqueue(node: Node): void {
    if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE && !(node instanceof ShadowRoot)) return;
    if (!(node instanceof ShadowRoot) && insideSkipped(node)) return;
    this.queue.push({ root: node });
    this.kick();
  }

  /** Resolves once the queue is empty (for the update marks). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push({ root: this.o.doc.createTextNode(''), done: resolve });
      this.kick();
    });
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
    let sliceStart = performance.now();
    while (!this.o.signal.aborted) {
      const task = this.queue.shift();
      if (task === undefined) return;
      const walker = this.walker(task.root);
      if (task.from !== undefined) walker.currentNode = task.from;
      let node: Node | null = task.root.nodeType === Node.TEXT_NODE ? task.root : walker.nextNode();
      let count = 0;
      // Unknown for the first node of a task: detect-text then reads it from the page.
      let preceding: string | undefined;
      while (node !== null && !this.o.signal.aborted) {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node as Text;
          const data = text.data;
          if (worthScanning(data)) {
            const parent = text.parentElement;
            if (parent === null || parent.closest(SKIP_SELECTOR) === null) {
              const found = this.read(text, data, preceding);
              if (task.visibleOnly && found && isBelowFold(text)) break;
            }
          } else if (this.o.index.has(text)) {
            this.o.index.set(text, []);
          }
          if (NOT_BLANK.test(data)) preceding = data.length > 64 ? data.slice(-64) : data;
        } else {
          const shadow = (node as Element).shadowRoot;
          if (shadow !== null && !this.shadowRoots.has(shadow) && !isSkipped(node as Element)) {
            this.shadowRoots.add(shadow);
            this.o.onShadowRoot(shadow);
          }
        }
        if (++count % CHECK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          sliceStart = performance.now();
          // The page may have removed what we were walking: walk it again
          // later (already-read text is skipped), or drop it if it is gone.
          if (!walker.currentNode.isConnected) {
            if (task.root.isConnected) this.queue.push(task.visibleOnly ? { root: task.root } : task);
            break;
          }
        }
        node = task.root.nodeType === Node.TEXT_NODE ? null : walker.nextNode();
      }
      task.done?.();
    }
  }

  /** Reads one text node worth scanning; true when it holds numbers. */
  private read(text: Text, data: string, preceding: string | undefined): boolean {
    const { index, country } = this.o;
    if (this.seen.get(text) === data) return index.has(text);
    this.seen.set(text, data);
    const matches = detectText(text, country, preceding === undefined ? undefined : () => preceding);
    index.set(text, matches);
    return matches.length > 0;
  }

  /**
   * Elements and text, with no JavaScript filter: skipped subtrees are found
   * per candidate text node with one `closest` (SKIP_SELECTOR).
   */
  private walker(root: Node): TreeWalker {
    return this.o.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }
}

const NOT_BLANK = /\S/;

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

function isBelowFold(text: Text): boolean {
  const parent = text.parentElement;
  const view = text.ownerDocument.defaultView;
  if (parent === null || view === null) return false;
  return parent.getBoundingClientRect().top > view.innerHeight + FOLD_MARGIN_PX;
}
