import { it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers.ts';
const rows = [
 'John Smith\t2024-11-01\tORD-2024-100000\tInvoice #2127364190\t$0.00\tTel: +1 212-736-4190 / alt +44 20 7946 0958\tnotes: called at 10:01',
 'Marie Dupont\t2024-11-02\tORD-2024-100037\tInvoice #2127364191\t$13.37\tTel: 06 12 34 56 78\tnotes: called at 10:02',
 'Hans Müller\t2024-11-03\tORD-2024-100074\tInvoice #2127364192\t$26.74\tTel: 03-1234-5678\tnotes: called at 10:03',
 'x\tTel: 030 901820\tnotes',
 'x\tTel: (415) 555-2671\tnotes',
];
it('scratch', () => {
  for (const t of rows) for (const c of ['US','FR']) console.log(c, JSON.stringify(t), JSON.stringify(findPhoneNumbers(t, { defaultCountry: c }).map(m => t.slice(m.start, m.end))));
});
