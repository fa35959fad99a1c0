import { describe, expect, it } from 'vitest';
import { takeToken, type Bucket } from './rate-limit';

const rule = { burst: 3, refillEveryMs: 10_000 };

function run(times: number[]): boolean[] {
  let bucket: Bucket | undefined;
  return times.map((t) => {
    const r = takeToken(bucket, t, rule);
    bucket = r.bucket;
    return r.allowed;
  });
}

describe('takeToken', () => {
  it('allows a burst, then refuses until a token refills', () => {
    expect(run([0, 1, 2, 3, 4])).toEqual([true, true, true, false, false]);
    expect(run([0, 1, 2, 10_002, 10_003])).toEqual([true, true, true, true, false]);
  });

  it('refills to the burst size and no further', () => {
    expect(run([0, 1_000_000, 1_000_001, 1_000_002, 1_000_003])).toEqual([true, true, true, true, false]);
  });

  it('refills steadily while refusing, without charging refused attempts', () => {
    // Refused attempts cost nothing; the bucket still refills at its own pace.
    expect(run([0, 1, 2, 5_000, 9_000, 10_001])).toEqual([true, true, true, false, false, true]);
  });

  it('starts afresh on a clock that went backwards or a corrupt bucket', () => {
    expect(takeToken({ tokens: 0, at: 50_000 }, 1_000, rule).allowed).toBe(true);
    expect(takeToken({ tokens: Number.NaN, at: 0 }, 1_000, rule).allowed).toBe(true);
  });
});
