import type { AppError } from '../result';
import { t } from '../i18n';

/**
 * Thrown by call-log.ts and queries.ts instead of writing something wrong.
 * Throwing inside a Dexie transaction aborts it, so nothing of a rejected
 * write is kept. The owner of the database turns it into an AppError value
 * before it crosses to another context (STYLE.md practice 3).
 */
export type DbErrorCode =
  /** A value out of range or of the wrong type: negative time, notes too long, unknown outcome. */
  | 'invalid-input'
  /** No call with that id. */
  | 'unknown-call'
  /** recordCallStarted with an id that already exists. */
  | 'duplicate-call'
  /** A write that the call's state does not allow, e.g. answering a call that ended. */
  | 'illegal-transition';

export class DbError extends Error {
  override readonly name = 'DbError';

  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isDbError(error: unknown): error is DbError {
  return error instanceof DbError;
}

/**
 * What the agent reads. A call deleted meanwhile (from another tab, by Clear
 * all, by retention) or changed meanwhile is something to explain; anything
 * else is a bug on our side, said as one.
 */
export function dbErrorToAppError(error: DbError): AppError {
  const message =
    error.code === 'unknown-call' ? t('dbCallGone') : error.code === 'illegal-transition' ? t('dbCallChanged') : t('errInternal', error.message);
  return { code: `db/${error.code}`, message };
}
