/**
 * The column a value sits in, in comma-, semicolon- or tab-separated text
 * shown on a page (an export's preview, a pasted sheet): its header names
 * what it is, as a label before it would ("order_id" over "2127364190",
 * "phone" over "4155552671").
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
  return null;
}

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
