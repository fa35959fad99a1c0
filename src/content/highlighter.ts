import type { FoundNumber, IndexListener } from './number-index';

/**
 * Makes numbers look like links without touching the page's nodes (issue 4):
 * CSS Custom Highlights over static ranges, styled by `::highlight()` rules in
 * a constructable stylesheet adopted by the document and each open shadow
 * root (styles do not cross shadow boundaries). Only numbers on or near the
 * screen are highlighted: an IntersectionObserver watches the elements that
 * hold numbers, because a highlight per number on a long page costs a paint
 * stall of up to a second (measured in the issue).
 */
const NAME = 'switchboard-phone';
const HOVER = 'switchboard-phone-hover';
const CSS = `
::highlight(${NAME}) { color: #1a4fd6; text-decoration: underline dotted #1a4fd6 1px; text-underline-offset: 2px; }
::highlight(${HOVER}) { color: #0b3bb5; background-color: rgba(26, 79, 214, 0.12); text-decoration: underline solid #0b3bb5 1px; }
`;

export class Highlighter implements IndexListener {
  private readonly all = new Highlight();
  private readonly hover = new Highlight();
  private readonly sheet = new CSSStyleSheet();
  private readonly adopted: Array<Document | ShadowRoot> = [];
  /** Roots to style once there is something to show (`adopt`). */
  private readonly pending: Array<Document | ShadowRoot> = [];
  /** Each element holding numbers, with its text nodes that hold them. */
  private readonly watched = new Map<Element, Set<Text>>();
  private readonly parentOf = new Map<Text, Element>();
  private readonly inView = new Set<Element>();
  private readonly shown = new Map<Text, StaticRange[]>();
  private readonly observer: IntersectionObserver;

  constructor(
    doc: Document,
    private readonly matchesOf: (node: Text) => readonly FoundNumber[] | undefined,
    onError: (error: unknown) => void,
  ) {
    this.sheet.replaceSync(CSS);
    this.pending.push(doc);
    registry()?.set(NAME, this.all);
    registry()?.set(HOVER, this.hover);
    this.observer = new IntersectionObserver(
      (entries) => {
        try {
          this.onIntersection(entries);
        } catch (error) {
          onError(error);
        }
      },
      // "On or near the screen": a screen's height above and below.
      { rootMargin: '100% 0px' },
    );
  }

  /**
   * Styles highlights in `root` from the first number shown on, not before:
   * adding a `::highlight()` rule makes Chromium compute highlight styles for
   * every element of the page once (a 0.4-1 s style recalculation on the
   * benchmark's 5,000-row page, measured), a cost a page without numbers
   * should never pay.
   */
  adopt(root: Document | ShadowRoot): void {
    if (this.adopted.includes(root) || this.pending.includes(root)) return;
    if (this.adopted.length > 0) this.adoptNow(root);
    else this.pending.push(root);
  }

  private adoptNow(root: Document | ShadowRoot): void {
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets.push(this.sheet);
    this.adopted.push(root);
  }

  changed(node: Text, found: readonly FoundNumber[]): void {
    const before = this.parentOf.get(node);
    const parent = node.parentElement;
    if (before !== undefined && (before !== parent || found.length === 0)) this.unwatch(node, before);
    if (found.length === 0 || parent === null) return;
    let nodes = this.watched.get(parent);
    if (nodes === undefined) {
      nodes = new Set();
      this.watched.set(parent, nodes);
      this.observer.observe(parent);
    }
    nodes.add(node);
    this.parentOf.set(node, parent);
    if (this.inView.has(parent)) this.show(node, found);
  }

  setHover(found: FoundNumber | null): void {
    this.hover.clear();
    if (found === null) return;
    if (this.pending.length > 0) for (const root of this.pending.splice(0)) this.adoptNow(root);
    this.hover.add(rangeOf(found));
  }

  destroy(): void {
    this.observer.disconnect();
    this.all.clear();
    this.hover.clear();
    if (registry()?.get(NAME) === this.all) registry()?.delete(NAME);
    if (registry()?.get(HOVER) === this.hover) registry()?.delete(HOVER);
    this.pending.length = 0;
    for (const root of this.adopted) {
      const i = root.adoptedStyleSheets.indexOf(this.sheet);
      if (i >= 0) root.adoptedStyleSheets.splice(i, 1);
    }
    this.adopted.length = 0;
  }

  private unwatch(node: Text, parent: Element): void {
    this.hide(node);
    this.parentOf.delete(node);
    const nodes = this.watched.get(parent);
    nodes?.delete(node);
    if (nodes !== undefined && nodes.size === 0) {
      this.watched.delete(parent);
      this.inView.delete(parent);
      this.observer.unobserve(parent);
    }
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const nodes = this.watched.get(entry.target);
      if (nodes === undefined) continue;
      if (entry.isIntersecting) {
        this.inView.add(entry.target);
        for (const node of nodes) this.show(node, this.matchesOf(node) ?? []);
      } else {
        this.inView.delete(entry.target);
        for (const node of nodes) this.hide(node);
      }
    }
  }

  private show(node: Text, found: readonly FoundNumber[]): void {
    if (this.pending.length > 0) for (const root of this.pending.splice(0)) this.adoptNow(root);
    this.hide(node);
    const ranges = found.map(rangeOf);
    for (const r of ranges) this.all.add(r);
    this.shown.set(node, ranges);
  }

  private hide(node: Text): void {
    const ranges = this.shown.get(node);
    if (ranges === undefined) return;
    for (const r of ranges) this.all.delete(r);
    this.shown.delete(node);
  }
}

function rangeOf(f: FoundNumber): StaticRange {
  return new StaticRange({ startContainer: f.node, startOffset: f.start, endContainer: f.node, endOffset: f.end });
}

/** `CSS.highlights` (Chrome 105); absent in very old browsers, where numbers are still callable, just not styled. */
function registry(): HighlightRegistry | undefined {
  return (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
}
