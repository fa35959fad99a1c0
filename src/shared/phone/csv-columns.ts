/**
 * The column a value sits in, in comma-, semicolon- or tab-separated text
 * shown on a page (an export's preview, a pasted sheet), or in a table
 * whose columns are lined up with spaces: its header names what it is, as a
 * label before it would ("order_id" over "2127364190", "Phone" over
 * "0113 496 0555", "N° client" over "0142685300").
 */

const DELIMITERS = [',', ';', '\t'] as const;

/** The header of the column holding `start`, or null when the text is not a table with a header line. */
export function columnHeader(text: string, start: number): string | null {
  const firstBreak = text.indexOf('\n');
  // (A single line, or a value on the header line itself: no header to read.)
  if (firstBreak < 0 || start <= firstBreak) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const header = text.slice(0, firstBreak).replace(/\r$/, '');
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  for (const delimiter of DELIMITERS) {
    const names = splitFields(header, delimiter);
    const cells = splitFields(line, delimiter);
    // A table: the same number of fields, at least three, on both lines.
    if (names.length < 3 || names.length !== cells.length) continue;
    const at = start - lineStart;
    const k = cells.findIndex((cell) => at >= cell.start && at < cell.end);
    return k < 0 ? null : names[k]!.text.trim();
  }
  // Lined up with spaces: fields are words joined by single spaces, columns two spaces or more apart.
  const names = spacedFields(header);
  const cells = spacedFields(line);
  if (names.length < 3 || names.length !== cells.length) return null;
  const at = start - lineStart;
  const k = cells.findIndex((cell) => at >= cell.start && at < cell.end);
  return k < 0 ? null : names[k]!.text;
}

function spacedFields(line: string): Array<{ text: string; start: number; end: number }> {
  const fields: Array<{ text: string; start: number; end: number }> = [];
  for (const m of line.matchAll(SPACED_FIELD_RE)) fields.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return fields;
}

// (One space of any width inside a field: "1 234,56 €" is written with narrow no-break spaces.)
const SPACED_FIELD_RE = /\S+(?:[ \u00A0\u2009\u202F]\S+)*/g;

/** Fields of one line, quotes respected ("Lee, Ann" is one field). */
function splitFields(line: string, delimiter: string): Array<{ text: string; start: number; end: number }> {
  const fields: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (i === line.length || (ch === delimiter && !quoted)) {
      fields.push({ text: line.slice(from, i).replace(/^"|"$/g, ''), start: from, end: i });
      from = i + 1;
    }
  }
  return fields;
}
