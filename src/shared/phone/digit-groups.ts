/**
 * Splits a candidate run ("+44 (0)20 7946 0958 / 020 7946 0959") into digit
 * groups and into *segments*: stretches of groups that may belong to the same
 * number. A segment ends at separators no phone number uses: three spaces,
 * two punctuation marks ("--", "./"), or a bracket that does not pair up
 * with one a group or two away. Brackets are the part libphonenumber gets
 * wrong most: in "(call +33 1 23 45 67 89)" neither bracket belongs to the
 * number, in "(212) 736-4190" the first one does.
 */
import {
  asciiDigits,
  isCloseBracket,
  isDashChar,
  isDigitChar,
  isDotChar,
  isInvisibleChar,
  isOpenBracket,
  isPlusChar,
  isSlashChar,
  isSpaceChar,
} from './separators';

export interface DigitGroup {
  /** absolute offsets of the digits in the text */
  start: number;
  end: number;
  digits: string;
  /** raw separator text between the previous group and this one ("" for the first) */
  sepBefore: string;
  /** offset of an opening bracket paired within this segment and placed before this group, or -1 */
  openAt: number;
  /** index of the group after which that bracket closes, or -1 */
  closesAfter: number;
  /** index of the segment the group belongs to */
  segment: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** offset of a leading "+", or -1 */
  plusAt: number;
  groups: DigitGroup[];
  totalDigits: number;
}

/**
 * Normalised shape of a separator: spaces → " ", brackets removed; used to
 * compare styles. Separators are few and repeat (" ", "-", ") "): answers
 * are kept.
 */
export function separatorStyle(sep: string): string {
  let style = styles.get(sep);
  if (style === undefined) {
    style = computeStyle(sep);
    if (styles.size >= MAX_STYLES) styles.clear();
    styles.set(sep, style);
  }
  return style;
}
const styles = new Map<string, string>();
const MAX_STYLES = 256;

function computeStyle(sep: string): string {
  let out = '';
  // (Separators are made of BMP characters only: one UTF-16 unit each.)
  for (let i = 0; i < sep.length; i++) {
    const ch = sep.charAt(i);
    if (isInvisibleChar(ch)) continue;
    if (isSpaceChar(ch)) {
      if (!out.endsWith(' ')) out += ' ';
    } else if (isDashChar(ch)) out += '-';
    else if (isDotChar(ch)) out += '.';
    else if (isSlashChar(ch)) out += '/';
  }
  return out.trim() === '' && out.length > 0 ? ' ' : out.trim();
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Parses the regex match `[start, end)` of `text` into groups and segments. */
export function parseCandidate(text: string, start: number, end: number): Candidate {
  const groups: DigitGroup[] = [];
  let plusAt = -1;
  let sepStart = start;
  let i = start;
  let totalDigits = 0;
  while (i < end) {
    const ch = text.charAt(i);
    if (isDigitChar(ch)) {
      let j = i + 1;
      let ascii = isAsciiDigit(text.charCodeAt(i));
      for (; j < end; j++) {
        const c = text.charCodeAt(j);
        if (isAsciiDigit(c)) continue;
        if (!isDigitChar(text.charAt(j))) break;
        ascii = false;
      }
      const raw = text.slice(i, j);
      const digits = ascii ? raw : asciiDigits(raw);
      totalDigits += digits.length;
      groups.push({
        start: i,
        end: j,
        digits,
        sepBefore: text.slice(sepStart, i),
        openAt: -1,
        closesAfter: -1,
        segment: 0,
      });
      sepStart = j;
      i = j;
      continue;
    }
    if (groups.length === 0 && isPlusChar(ch)) plusAt = i;
    i++;
  }
  assignSegments(groups);
  return { start, end, plusAt, groups, totalDigits };
}

function assignSegments(groups: DigitGroup[]): void {
  let segment = 0;
  let pendingOpen: { at: number; group: number } | null = null;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const sep = g.sepBefore;
    let spaces = 0;
    let marks = 0;
    let broken = false;
    let offset = g.start - sep.length;
    for (let i = 0; i < sep.length; i++) {
      const ch = sep.charAt(i);
      if (isInvisibleChar(ch)) {
        offset++;
        continue;
      }
      if (isSpaceChar(ch)) spaces++;
      else if (isOpenBracket(ch)) {
        // A second "(" while one is pending: the older one wraps the number
        // ("(8 (812) 123-45-67)") and is simply forgotten.
        pendingOpen = { at: offset, group: k };
      } else if (isCloseBracket(ch)) {
        if (pendingOpen && k - 1 - pendingOpen.group <= 1 && k > 0) {
          const opener = groups[pendingOpen.group]!;
          opener.openAt = pendingOpen.at;
          opener.closesAfter = k - 1;
          pendingOpen = null;
        } else {
          // A ")" closing something outside the number ("(ref 12) 212 ...").
          broken = true;
          pendingOpen = null;
        }
      } else if (!isPlusChar(ch)) marks++;
      offset++;
    }
    if (k > 0 && (spaces > 2 || marks > 1)) broken = true;
    if (k > 0 && broken) segment++;
    g.segment = segment;
    // An opening bracket still unclosed two groups later wraps the number
    // ("(212 736 4190)") or is unrelated prose; it must not glue groups.
    if (pendingOpen && k - pendingOpen.group >= 2) pendingOpen = null;
  }
}
