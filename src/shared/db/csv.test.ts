import { describe, expect, it } from 'vitest';
import { auditToCsv, CALL_COLUMNS, callsCsvStream, callsToCsv, csvField, csvRows } from './csv';
import { callRecord, freshDb, realisticCalls } from './fixtures';
import { iterateCalls } from './queries';
import type { AuditEntry } from './records';

/**
 * A strict RFC 4180 reader, written separately from the writer so the round
 * trip checks the format rather than the writer agreeing with itself: it
 * throws on a bare quote inside an unquoted field or text after a closing quote.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endField = (value: string) => row.push(value);
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field at ${i}`);
        value += text[i++];
      }
    }
    endField(value);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { i += 2; rows.push(row); row = []; continue; }
    if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const T0 = Date.UTC(2024, 2, 5, 14, 30, 0);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Doe, Jane', '"Doe, Jane"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lf\nonly', '"lf\nonly"'],
    ['=1+1', "'=1+1"],
    ['+14155550123', "'+14155550123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=HYPERLINK("http://x",A1)', '"\'=HYPERLINK(""http://x"",A1)"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as numbers (no guard needed on our own values) and null as empty', () => {
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('callsToCsv', () => {
  const awkward = callRecord({
    id: 'c1',
    displayName: 'Doe, "JJ"\r\nJane',
    remoteE164: '+14155550123',
    remoteDisplay: '(415) 555-0123',
    notes: 'line one\nline two, with a comma\r\n"quoted"',
    disposition: '=cmd|\' /C calc\'!A0',
    startedAt: T0,
    answeredAt: T0 + 2_000,
    endedAt: T0 + 62_000,
    durationSeconds: 60,
    outcome: 'answered',
    quality: { mos: 4.3, jitterMs: 2.5, lossPercent: 0, rttMs: 41 },
    page: { url: 'https://crm.example.com/?a=1,b=2', title: 'Café, "CRM"', origin: 'https://crm.example.com' },
  });

  it('writes a header and one CRLF-terminated line per call', () => {
    const csv = callsToCsv([awkward, callRecord({ id: 'c2' })]);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(CALL_COLUMNS.map((c) => c.header));
    expect(csv.endsWith('\r\n')).toBe(true);
    for (const row of rows) expect(row).toHaveLength(CALL_COLUMNS.length);
  });

  it('survives a round trip with commas, quotes and line breaks, and guards formulas', () => {
    const [header, row] = parseCsv(callsToCsv([awkward]));
    const field = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(field('display_name')).toBe('Doe, "JJ"\r\nJane');
    expect(field('notes')).toBe('line one\nline two, with a comma\r\n"quoted"');
    expect(field('page_title')).toBe('Café, "CRM"');
    expect(field('page_url')).toBe('https://crm.example.com/?a=1,b=2');
    expect(field('disposition')).toBe("'=cmd|' /C calc'!A0");
    expect(field('remote_e164')).toBe("'+14155550123");
    expect(field('remote_display')).toBe('(415) 555-0123');
  });

  it('writes ISO 8601 UTC times, empty cells for nulls, numbers as they are', () => {
    const [header, row] = parseCsv(callsToCsv([awkward]));
    const field = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(field('started_at')).toBe('2024-03-05T14:30:00.000Z');
    expect(field('ended_at')).toBe('2024-03-05T14:31:02.000Z');
    expect(field('wrap_up_at')).toBe('');
    expect(field('duration_seconds')).toBe('60');
    expect(field('mos')).toBe('4.3');
    expect(field('sip_code')).toBe('');
  });

  it('streams the same text line by line as it builds whole', async () => {
    const calls = realisticCalls(50);
    expect([...csvRows(CALL_COLUMNS, calls)].join('')).toBe(callsToCsv(calls));
    expect([...csvRows(CALL_COLUMNS, calls, { header: false })]).toHaveLength(50);
  });

  it('streams a whole database page by page, with one header', async () => {
    const db = freshDb();
    const calls = realisticCalls(250);
    await db.calls.bulkPut(calls);
    let text = '';
    for await (const chunk of callsCsvStream(iterateCalls(db, 60))) text += chunk;
    const rows = parseCsv(text);
    expect(rows).toHaveLength(251);
    expect(rows.filter((r) => r[0] === 'id')).toHaveLength(1);
    let empty = '';
    for await (const chunk of callsCsvStream(iterateCalls(freshDb(), 60))) empty += chunk;
    expect(parseCsv(empty)).toEqual([CALL_COLUMNS.map((c) => c.header)]);
  });
});

describe('auditToCsv', () => {
  it('writes the data as JSON in one quoted cell', () => {
    const entries: AuditEntry[] = [
      { id: 1, at: T0, kind: 'registration', message: 'Registered, expires 600', data: { server: 'wss://pbx', codes: [200] } },
      { id: 2, at: T0 + 1, kind: 'status', message: '-away', data: {} },
    ];
    const rows = parseCsv(auditToCsv(entries));
    expect(rows).toEqual([
      ['id', 'at', 'kind', 'message', 'data'],
      ['1', '2024-03-05T14:30:00.000Z', 'registration', 'Registered, expires 600', '{"server":"wss://pbx","codes":[200]}'],
      ['2', '2024-03-05T14:30:00.001Z', 'status', "'-away", '{}'],
    ]);
  });
});
