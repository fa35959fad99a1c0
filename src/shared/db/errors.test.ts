import { describe, expect, it } from 'vitest';
import { DbError, dbErrorToAppError } from './errors';

describe('dbErrorToAppError', () => {
  it('explains a call deleted or changed meanwhile, and says anything else is a bug of ours', () => {
    expect(dbErrorToAppError(new DbError('unknown-call', 'No call with id x in the call log'))).toEqual({
      code: 'db/unknown-call',
      message: expect.stringMatching(/^This call is no longer in the history: it was deleted meanwhile/),
    });
    expect(dbErrorToAppError(new DbError('illegal-transition', 'Call x already ended')).message).toBe('This call changed meanwhile. Reopen the history and try again.');
    expect(dbErrorToAppError(new DbError('invalid-input', 'notes: at most 2000 characters')).message).toBe(
      'Something went wrong in the extension (notes: at most 2000 characters). Try again; if it persists, reload the extension.',
    );
  });
});
