import { describe, expect, it } from 'vitest';
import { NO_FILTERS, toSearch } from './filters';

describe('toSearch', () => {
  it('leaves out empty filters', () => {
    expect(toSearch(NO_FILTERS, 50, 0)).toEqual({ limit: 50, offset: 0 });
  });
  it('covers whole local days and trims the text', () => {
    const s = toSearch({ ...NO_FILTERS, text: '  jane ', from: '2026-11-01', to: '2026-11-02', outcome: 'missed' }, 20, 40);
    expect(s.text).toBe('jane');
    expect(s.outcome).toBe('missed');
    expect(s.from).toBe(new Date(2026, 10, 1).getTime());
    expect(s.to).toBe(new Date(2026, 10, 2, 23, 59, 59, 999).getTime());
    expect(s.offset).toBe(40);
  });
  it('ignores a malformed date', () => {
    expect(toSearch({ ...NO_FILTERS, from: 'nope' }, 10, 0).from).toBeUndefined();
  });
});
