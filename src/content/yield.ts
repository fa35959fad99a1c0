/**
 * Gives the main thread back to the page between slices of detection
 * (issue 4: no task over 50 ms). `scheduler.yield()` (Chrome 129) resumes
 * ahead of other queued tasks; a zero timeout is the fallback.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice of work may run before yielding. */
export const SLICE_MS = 8;
