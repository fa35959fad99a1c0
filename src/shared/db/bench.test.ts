import { describe, expect, it } from 'vitest';
import { benchDb } from './bench';

/** A smoke test that the benchmark runs; the figures come from `npm run bench`. */
describe('call log benchmark', () => {
  it('runs on an empty and a small database', async () => {
    for (const n of [0, 300]) {
      const result = await benchDb(n);
      for (const value of Object.values(result)) expect(value).toBeGreaterThanOrEqual(0);
    }
  });

});
