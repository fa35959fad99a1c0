// A generated CRM list page for the content-script benchmark (issue 4,
// Performance): rows of names, dates, order and invoice IDs, amounts and
// notes around the phone numbers, as a CRM lead list shows them. No scripts:
// every task on its main thread after load comes from what is being measured.

const FIRST = ['John', 'Marie', 'Hans', 'Aiko', 'Priya', 'Lucas', 'Sofia', 'Omar', 'Chen', 'Olga'];
const LAST = ['Smith', 'Dupont', 'Müller', 'Tanaka', 'Sharma', 'Silva', 'Rossi', 'Haddad', 'Wang', 'Ivanova'];
const PHONES = ['+1 212-736-4190', '(415) 555-2671', '+44 20 7946 0958', '+33 1 23 45 67 89', '+49 151 23456789', '+81 3-1234-5678', '+91 98765 43210', '+55 11 91234-5678', '(646) 555-0134', '+1 718 555 0141'];

/**
 * The phone number of row `i`, template `k`: a different number on every row
 * (a lead list does not repeat its customers' numbers), the templates'
 * national formats kept, the last four digits changed.
 */
function phone(i, k, alt = false) {
  const template = PHONES[k % PHONES.length];
  // (7919 and 10000 share no factor: no two rows below 10,000 get the same tail.)
  const tail = String((i * 7919 + (alt ? 5003 : 0)) % 10000).padStart(4, '0');
  // Replace the last four digits, wherever the template's separators fall.
  return template.replace(/\d/g, (d, at) => {
    const left = template.slice(at + 1).replace(/\D/g, '').length;
    return left < 4 ? tail[3 - left] : d;
  });
}

function escape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** One table row; `phones` false gives the same row without any phone number. */
export function row(i, phones = true) {
  const name = `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const order = `ORD-2024-${String(100000 + i * 37).slice(-6)}`;
  const amount = `$${(i * 13.37).toFixed(2)}`;
  const main = phones ? phone(i, i) : '—';
  const alt = phones && i % 2 === 0 ? `Alt: ${phone(i, i + 3, true)}` : '';
  return `<tr><td>${i + 1}</td><td>${escape(name)}</td><td>2024-11-${day}</td><td>${order}</td><td>INV-2024-${String(i).padStart(6, '0')}</td><td>${amount}</td><td>${escape(main)}</td><td>${alt}</td><td>called at 10:${day}, ticket #${500000 + i}</td></tr>`;
}

/** Phone numbers in rows [from, to): one per row, plus an alternative on every second row. */
export function numbersIn(from, to) {
  let n = 0;
  for (let i = from; i < to; i++) n += i % 2 === 0 ? 2 : 1;
  return n;
}

export function crmPage(rows, phones = true) {
  const body = Array.from({ length: rows }, (_, i) => row(i, phones)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Leads (${rows})</title>
<style>body{font:13px/1.35 system-ui,sans-serif;margin:12px}table{border-collapse:collapse}td{border-bottom:1px solid #ddd;padding:3px 6px;white-space:nowrap}</style>
</head><body><h1>Leads</h1><table><thead><tr><th>#</th><th>Name</th><th>Created</th><th>Order</th><th>Invoice</th><th>Amount</th><th>Phone</th><th>Alt. phone</th><th>Notes</th></tr></thead>
<tbody id="rows">
${body}
</tbody></table></body></html>`;
}

/** A long page of prose without a single digit: what the content script costs on most pages an agent opens. */
export function prosePage(paragraphs) {
  const words = ['the', 'customer', 'asked', 'about', 'renewal', 'terms', 'and', 'delivery', 'options', 'for', 'their', 'account', 'team'];
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${Array.from({ length: 24 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ')}.</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Notes</title>
<style>body{font:13px/1.35 system-ui,sans-serif;margin:12px}</style>
</head><body><h1>Notes</h1>
${body}
</body></html>`;
}
