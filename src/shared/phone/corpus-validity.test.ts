import { describe, it, expect } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { buildCorpus } from './corpus.test-data';

describe('labelled corpus', () => {
  it('only uses numbers that are valid with the full ("max") metadata', () => {
    const invalid = new Set<string>();
    for (const c of buildCorpus()) for (const e of c.expect) if (!isValidPhoneNumber(e.e164)) invalid.add(e.e164);
    expect([...invalid]).toEqual([]);
  });
});
