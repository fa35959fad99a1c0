import type { PageNumber } from '../shared/protocol/page-protocol';
import { CallButton } from './call-button';
import { guard, report } from './guard';
import { Marks } from './marks';
import { watchMutations } from './mutations';
import { NumberIndex } from './number-index';
import { watchPointer } from './pointer';
import { CHANGE_URGENT_MS, Scanner } from './scanner';
import { inSlices, workTime } from './yield';

/**
 * Number detection on one document (a frame): the pieces wired together,
 * with one AbortSignal that tears all of them down (the agent turned
 * detection off for the site, or changed the default country).
 */
export interface Detection {
  /** The numbers the agent can see, for the popup's list. */
  list(max: number): PageNumber[];
  stop(): void;
}

/** Marks in the page's performance timeline, read by the benchmark (test/bench), with the numbers found and the time worked so far. */
function mark(name: string, numbers: number, startTime?: number): void {
  performance.clearMarks(name);
  performance.mark(name, { detail: { numbers, workMs: workTime() }, ...(startTime !== undefined ? { startTime } : {}) });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function startDetection(doc: Document, country: string): Detection {
  const controller = new AbortController();
  const signal = controller.signal;
  let index: NumberIndex | null = null;
  const marks = new Marks(
    doc,
    (node) => index?.get(node),
    (error) => report('marks', error),
    inSlices,
    () => mark('switchboard:measure-done', numbers.size),
  );
  index = new NumberIndex(marks);
  const numbers = index;
  const button = new CallButton(doc);

  const scanner = new Scanner({
    doc,
    country,
    index: numbers,
    signal,
    onShadowRoot: (root) => {
      mutations.observe(root);
      scanner.enqueue([root]);
    },
  });
  const mutations = watchMutations(
    {
      changed: (nodes) => {
        // What the page changed may have moved the numbers already drawn.
        marks.pageChanged();
        scanner.enqueue(nodes);
        const read = scanner.idle();
        // (Drawing waits for the reading of the change, while that goes ahead of the page's layout: see Marks.holdDraws.)
        marks.holdDraws(Promise.race([read, delay(CHANGE_URGENT_MS)]));
        void read.then(() => mark('switchboard:update-done', numbers.size));
      },
      removed: () => {
        numbers.dropDisconnected();
        marks.pageChanged();
      },
      toggled: (elements) => {
        marks.pageChanged();
        scanner.toggled(elements);
        void scanner.idle().then(() => mark('switchboard:update-done', numbers.size));
      },
    },
    signal,
  );
  watchPointer({ win: doc.defaultView ?? window, numbersOf: (node) => scanner.numbersAt(node), marks, button, signal });

  // The walk and the watch on changes start once the page is parsed (each
  // chunk the parser adds would be a change to read); the pointer works at
  // once: a number on screen while a slow page is still loading is read on
  // the spot (Scanner.numbersAt).
  const walk = guard('start', () => {
    if (signal.aborted) return;
    mutations.observe(doc);
    void scanner
      .initial((at) => mark('switchboard:visible-ready', numbers.size, at))
      .then(() => mark('switchboard:scan-done', numbers.size));
  });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', walk, { once: true, signal });
  else walk();

  return {
    list(max) {
      const out: PageNumber[] = [];
      const seen = new Set<string>();
      for (const [node, found] of numbers.entries()) {
        if (out.length >= max) break;
        if (!node.isConnected || node.parentElement?.checkVisibility?.() === false) continue;
        for (const f of found) {
          const key = `${f.e164};${f.ext ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ text: node.data.slice(f.start, f.end).slice(0, 64), e164: f.e164, ...(f.ext !== undefined ? { ext: f.ext } : {}) });
        }
      }
      return out.slice(0, max);
    },
    stop() {
      controller.abort();
      numbers.clear();
      marks.destroy();
      button.destroy();
    },
  };
}
