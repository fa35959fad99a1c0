/**
 * Gives the main thread back to the page between slices of detection
 * (issue 4: no task over 50 ms). The next slice is queued behind whatever the
 * page already has waiting (`scheduler.postTask`, Chrome 94): not
 * `scheduler.yield()`, whose continuations run ahead of the page's own timers
 * and callbacks, which then waited behind the whole scan (a second and more
 * on the benchmark's page, measured), nor `setTimeout(0)`, which the browser
 * stretches to 4 ms once nested. 'user-blocking' goes ahead of the page's
 * other tasks, for what the page has just changed (yieldBeforeLayout).
 */
interface Scheduler {
  postTask?: (callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void>;
}

export function yieldToPage(priority: 'user-blocking' | 'user-visible' = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Yields until the page's next frame or a 'user-blocking' task, whichever
 * comes first; true when it was the frame. Resumed from the frame, the work
 * runs before the browser lays out what the page changed: a page that had
 * rendered nothing for a while gets its frame ahead of any task (measured:
 * 'user-blocking' slices came after the page's layout of 500 appended rows,
 * 300-500 ms later).
 */
export function yieldBeforeLayout(view: Window | null): Promise<boolean> {
  if (view === null) return yieldToPage('user-blocking').then(() => false);
  return new Promise((resolve) => {
    let done = false;
    const frame = view.requestAnimationFrame(() => {
      if (done) return;
      done = true;
      resolve(true);
    });
    void yieldToPage('user-blocking').then(() => {
      if (done) return;
      done = true;
      view.cancelAnimationFrame(frame);
      resolve(false);
    });
  });
}

/** How long one slice of work may run before yielding. */
export const SLICE_MS = 8;

/**
 * Milliseconds detection has spent in its slices so far (reading, measuring),
 * reported with the performance marks: the benchmark prints it beside the
 * main-thread time the page lost, which also holds the garbage collection and
 * layout the extension causes but is far noisier.
 */
let workMs = 0;
export function noteWork(ms: number): void {
  workMs += ms;
}
export function workTime(): number {
  return workMs;
}

/** Calls `step` until it returns false, yielding to the page every SLICE_MS. */
export async function inSlices(step: () => boolean): Promise<void> {
  let start = performance.now();
  while (step()) {
    if (performance.now() - start > SLICE_MS) {
      noteWork(performance.now() - start);
      await yieldToPage();
      start = performance.now();
    }
  }
  noteWork(performance.now() - start);
}
