import { guard } from './guard';
import { OWN_ATTRIBUTE } from './skip';

/**
 * Pages that change under the detector (single-page apps, infinite lists,
 * frameworks re-rendering rows): one MutationObserver for the document and
 * each open shadow root (mutations do not cross shadow boundaries). Changes
 * are handed over as they are observed (the observer already batches a
 * task's mutations), as the nodes that were added or whose text changed:
 * only those subtrees are read again. Elements shown or hidden with the
 * `hidden` attribute, or made editable or not, too: a tab panel revealed,
 * a note switched to edit mode. The scanner reads one slice right
 * away, before the browser lays the change out: rows the page appends are
 * usually callable before they are painted. (A 16 ms timer here was a third
 * of the 50 ms budget for appended rows, and the page's layout of the new
 * rows then went first.)
 */

export interface MutationSink {
  /** Added subtrees and changed text nodes. */
  changed(nodes: readonly Node[]): void;
  /** Something was removed: numbers in detached nodes must go. */
  removed(): void;
  /** Elements shown or hidden, made editable or not (`hidden`, `contenteditable`). */
  toggled(elements: readonly Element[]): void;
}

/** The attributes that decide whether text is read at all (skip.ts). */
const TOGGLES = ['hidden', 'contenteditable'];

export function watchMutations(sink: MutationSink, signal: AbortSignal): { observe(root: Node): void } {
  const pending = new Set<Node>();
  const toggled = new Set<Element>();
  let removed = false;
  const flush = guard('mutations', () => {
    if (removed) {
      removed = false;
      sink.removed();
    }
    if (toggled.size > 0) {
      const elements = [...toggled].filter((el) => el.isConnected);
      toggled.clear();
      sink.toggled(elements);
    }
    const nodes = [...pending].filter((n) => n.isConnected);
    pending.clear();
    if (nodes.length > 0) sink.changed(nodes);
  });

  const observer = new MutationObserver(
    guard('mutations', (records: MutationRecord[]) => {
      for (const r of records) {
        if (r.type === 'characterData') {
          pending.add(r.target);
          continue;
        }
        if (r.type === 'attributes') {
          // (A real change only: frameworks set attributes to the value they already have.)
          const el = r.target as Element;
          if (el.getAttribute(r.attributeName!) !== r.oldValue && !el.hasAttribute(OWN_ATTRIBUTE)) toggled.add(el);
          continue;
        }
        for (const n of r.addedNodes) if (!(n instanceof Element && n.hasAttribute(OWN_ATTRIBUTE))) pending.add(n);
        if (r.removedNodes.length > 0) removed = true;
      }
      if (pending.size > 0 || removed || toggled.size > 0) flush();
    }),
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
  });
  return {
    observe(root) {
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: TOGGLES, attributeOldValue: true });
    },
  };
}
