import type { PhoneMatch } from '../shared/phone/find-phone-numbers';
import { parentOrHost } from './skip';

/**
 * The numbers found on the page, by the text node that holds them. Nothing
 * is written into the page: a match is a text node plus offsets, turned into
 * a range only when it is drawn or hit-tested.
 */
export interface FoundNumber extends PhoneMatch {
  readonly node: Text;
  /** The element that held `node` when it was read (where it is drawn from; see Marks). */
  readonly parent: Element;
}

export interface IndexListener {
  /**
   * The matches of `node` changed: `found` (empty: it has none any more),
   * `before` the element its earlier matches were found in (null: none).
   */
  changed(node: Text, found: readonly FoundNumber[], before: Element | null): void;
}

export class NumberIndex {
  private readonly byNode = new Map<Text, FoundNumber[]>();

  constructor(private readonly listener: IndexListener) {}

  get size(): number {
    return this.byNode.size;
  }

  get(node: Text): readonly FoundNumber[] | undefined {
    return this.byNode.get(node);
  }

  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** `parent`: the element holding `node` (the scanner has read it already; needed only when there are matches). */
  set(node: Text, matches: readonly PhoneMatch[], parent: Element | null = node.parentElement): void {
    const had = this.byNode.get(node);
    const before = had === undefined ? null : had[0]!.parent;
    if (matches.length === 0 || parent === null) {
      if (had === undefined) return;
      this.byNode.delete(node);
      this.listener.changed(node, [], before);
      return;
    }
    // (One object per number, fields listed: a spread copy was measurably slower on 7,500 numbers.)
    const found: FoundNumber[] = [];
    for (const m of matches) found.push({ node, parent, start: m.start, end: m.end, e164: m.e164, ext: m.ext });
    this.byNode.set(node, found);
    this.listener.changed(node, found, before);
  }

  /** Drops the numbers of text nodes no longer in the page (rows removed by the page's framework). */
  dropDisconnected(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.set(node, []);
  }

  /** Drops the numbers inside `el` (across open shadow roots): the page hid it or made it editable. */
  dropWithin(el: Element): void {
    for (const [node, found] of [...this.byNode]) if (within(found[0]!.parent, el)) this.set(node, []);
  }

  clear(): void {
    for (const node of [...this.byNode.keys()]) this.set(node, []);
  }

  entries(): IterableIterator<[Text, FoundNumber[]]> {
    return this.byNode.entries();
  }
}

function within(el: Element | null, ancestor: Element): boolean {
  for (let at = el; at !== null; at = parentOrHost(at)) if (at === ancestor) return true;
  return false;
}
