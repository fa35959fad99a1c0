import { guard } from './guard';
import { OWN_ATTRIBUTE } from './skip';

/**
 * Pages that change under the detector (single-page apps, infinite lists,
 * frameworks re-rendering rows): one MutationObserver for the document and
 * each open shadow root (mutations do not cross shadow boundaries). Changes
 * are handed over as they are observed (the observer already batches a
 * task's mutations), as the nodes that were added or whose text changed:
 * only those subtrees are read again. The scanner reads one slice right
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
}

export function watchMutations(sink: MutationSink, signal: AbortSignal): { observe(root: Node): void } {
  const pending = new Set<Node>();
  let removed = false;
  const flush = guard('mutations', () => {
    if (removed) {
      removed = false;
      sink.removed();
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
        for (const n of r.addedNodes) if (!(n instanceof Element && n.hasAttribute(OWN_ATTRIBUTE))) pending.add(n);
        if (r.removedNodes.length > 0) removed = true;
      }
      if (pending.size > 0 || removed) flush();
    }),
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
  });
  return {
    observe(root) {
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
  };
}
