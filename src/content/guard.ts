/**
 * The content script must never throw into the page it runs on (issue 4: it
 * must not break the page). Every callback the page's events reach goes
 * through `guard`; a failure is logged quietly and the page carries on.
 */
export function report(where: string, error: unknown): void {
  console.debug(`[switchboard] ${where}:`, error instanceof Error ? error.stack : error);
}

export function guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      report(where, error);
    }
  };
}

export function guardAsync<A extends unknown[]>(where: string, fn: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args).catch((error: unknown) => report(where, error));
    } catch (error) {
      report(where, error);
    }
  };
}
