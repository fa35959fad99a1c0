import { guard } from './guard';
import { OWN_ATTRIBUTE } from './skip';
import { yieldToPage } from './yield';

/**
 * Pages that change under the detector (single-page apps, infinite lists,
 * frameworks re-rendering rows): one MutationObserver for the document and
 * each open shadow root (mutations do not cross shadow boundaries). Changes
 * are collected and handed over in a task of their own, queued behind the
 * page's (yield.ts), as the nodes that were added or whose text changed:
 * only those subtrees are read again. (A 16 ms timer here was a third of
 * the 50 ms budget for appended rows.)
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
  let queued = false;
  let stopped = false;

  const flush = guard('mutations', () => {
    queued = false;
    if (stopped) return;
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
      if (!queued && (pending.size > 0 || removed)) {
        queued = true;
        void yieldToPage().then(flush);
      }
    }),
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    stopped = true;
  });
  return {
    observe(root) {
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
  };
}
