import type { PhoneMatch } from '../shared/phone/find-phone-numbers';

/**
 * The numbers found on the page, by the text node that holds them. Nothing
 * is written into the page: a match is a text node plus offsets, turned into
 * a range only when it is drawn or hit-tested.
 */
export interface FoundNumber extends PhoneMatch {
  readonly node: Text;
}

export interface IndexListener {
  /** The matches of `node` changed (an empty list: it has none any more). */
  changed(node: Text, found: readonly FoundNumber[]): void;
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

  set(node: Text, matches: readonly PhoneMatch[]): void {
    const had = this.byNode.has(node);
    if (matches.length === 0) {
      if (!had) return;
      this.byNode.delete(node);
      this.listener.changed(node, []);
      return;
    }
    const found = matches.map((m) => ({ ...m, node }));
    this.byNode.set(node, found);
    this.listener.changed(node, found);
  }

  /** Drops the numbers of text nodes no longer in the page (rows removed by the page's framework). */
  dropDisconnected(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.set(node, []);
  }

  clear(): void {
    for (const node of [...this.byNode.keys()]) this.set(node, []);
  }

  entries(): IterableIterator<[Text, FoundNumber[]]> {
    return this.byNode.entries();
  }
}
