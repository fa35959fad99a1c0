import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    const top = (attempt: number) => backoffDelay(attempt, DEFAULT_BACKOFF, () => 0.999999);
    expect(top(0)).toBe(999);
    expect(top(1)).toBe(1999);
    expect(top(3)).toBe(7999);
    expect(top(10)).toBe(59_999);
    expect(top(1000)).toBe(59_999);
  });

  it('never goes below the floor, even with a jitter of zero', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0)).toBe(DEFAULT_BACKOFF.minMs);
    expect(backoffDelay(5, DEFAULT_BACKOFF, () => 0)).toBe(DEFAULT_BACKOFF.minMs);
  });

  it('spreads clients apart: different random draws give different delays', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => backoffDelay(4, DEFAULT_BACKOFF, () => r)));
    expect(delays.size).toBe(5);
  });

  it('treats a negative attempt as the first', () => {
    expect(backoffDelay(-3, DEFAULT_BACKOFF, () => 0.5)).toBe(backoffDelay(0, DEFAULT_BACKOFF, () => 0.5));
  });
});
