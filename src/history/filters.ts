import type { CallSearch } from '../shared/db/queries';
import type { CallDirection, CallOutcome } from '../shared/db/records';

export interface Filters {
  text: string;
  direction: '' | CallDirection;
  outcome: '' | CallOutcome;
  disposition: string;
  /** yyyy-mm-dd from a date input, local time. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { text: '', direction: '', outcome: '', disposition: '', from: '', to: '' };

/** The form's filters as a database search; dates cover whole local days. */
export function toSearch(f: Filters, limit: number, offset: number): CallSearch {
  const day = (value: string, end: boolean) => {
    const [y, m, d] = value.split('-').map(Number);
    if (!y || !m || !d) return undefined;
    return end ? new Date(y, m - 1, d, 23, 59, 59, 999).getTime() : new Date(y, m - 1, d).getTime();
  };
  const from = f.from ? day(f.from, false) : undefined;
  const to = f.to ? day(f.to, true) : undefined;
  return {
    limit,
    offset,
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.direction ? { direction: f.direction } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.disposition ? { disposition: f.disposition } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}
