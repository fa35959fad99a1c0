/**
 * Errors cross context boundaries as values, never as thrown exceptions
 * (STYLE.md practice 3): a rejected promise in one context is invisible to the
 * agent, a `{ok: false, error}` is something a view can put into words.
 */
export interface AppError {
  /** Stable machine code, for tests and for choosing what to show. */
  readonly code: string;
  /** What went wrong and what to do, in words for the agent. */
  readonly message: string;
  /** A link that helps fix it (e.g. the server's https URL to accept a certificate). */
  readonly helpUrl?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err(code: string, message: string, helpUrl?: string): { ok: false; error: AppError } {
  return { ok: false, error: helpUrl === undefined ? { code, message } : { code, message, helpUrl } };
}
