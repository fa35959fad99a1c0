/**
 * Character classes used to recognise the *shape* of a written phone number.
 *
 * libphonenumber-js only treats a few ASCII characters as separators, but CRM
 * pages are full of typographic spacing: French typography puts U+202F
 * (narrow no-break space) or U+00A0 between digit pairs, word processors emit
 * U+2009 (thin space) and U+2011 (non-breaking hyphen). We accept all of them
 * here and hand libphonenumber only plain ASCII digits afterwards.
 *
 * Line breaks and tabs are deliberately NOT separators: a number never spans a
 * line, and a tab almost always separates two table cells.
 */

/** Digits we understand: ASCII, full-width (CJK pages), Arabic-Indic, Persian, Devanagari, Bengali, Thai. */
export const DIGIT_CLASS = '0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\u0E50-\\u0E59';

/** Horizontal spaces, including NBSP, thin/narrow/figure spaces and the ideographic space. */
export const SPACE_CLASS = ' \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000';

/** Hyphen-like characters: ASCII, Unicode hyphens/dashes, minus sign, full-width, and the
 * katakana prolonged sound mark that Japanese IMEs often produce instead of a dash. */
export const DASH_CLASS = '\\-\\u2010-\\u2015\\u2212\\uFF0D\\u30FC';

const DOT_CLASS = '.\\uFF0E\\u00B7\\u30FB\\uFF65';
/**
 * Characters that do not show: zero-width spaces and joiners, direction marks
 * around a number in Arabic or Hebrew text, a soft hyphen, a byte-order mark.
 * Pasted text carries them inside numbers; they join groups and count for
 * nothing else.
 */
const INVISIBLE_CLASS = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
const SLASH_CLASS = '/\\uFF0F';
export const OPEN_CLASS = '(\\uFF08';
export const CLOSE_CLASS = ')\\uFF09';
export const PLUS_CLASS = '+\\uFF0B';

const SEP_CLASS = `[${SPACE_CLASS}${DASH_CLASS}${DOT_CLASS}${SLASH_CLASS}${OPEN_CLASS}${CLOSE_CLASS}${INVISIBLE_CLASS}]`;

/**
 * A maximal run of digits joined by short separator runs (at most 4 chars,
 * e.g. ") ", " - ", " / "), optionally introduced by "+" and/or "(".
 * Because separators and digits are disjoint classes the regex is linear-time.
 * This is both the cheap prefilter and the candidate extractor: text without a
 * match never reaches libphonenumber.
 */
export const CANDIDATE_SOURCE =
  `(?:[${OPEN_CLASS}][${SPACE_CLASS}]?)?` +
  `(?:[${PLUS_CLASS}][${SPACE_CLASS}]?)?` +
  `(?:[${OPEN_CLASS}][${SPACE_CLASS}]?)?` +
  `[${DIGIT_CLASS}](?:${SEP_CLASS}{0,4}[${DIGIT_CLASS}])*`;

const DIGIT_RE = new RegExp(`[${DIGIT_CLASS}]`);
const SPACE_RE = new RegExp(`[${SPACE_CLASS}]`);
const DASH_RE = new RegExp(`[${DASH_CLASS}]`);
const DOT_RE = new RegExp(`[${DOT_CLASS}]`);
const SLASH_RE = new RegExp(`[${SLASH_CLASS}]`);
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CLASS}]`);

export function isDigitChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return DIGIT_RE.test(ch);
}
export function isSpaceChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 0x20;
  return SPACE_RE.test(ch);
}
// (ASCII first, without a regex: these run on every separator of every candidate, mostly before the JIT has warmed up.)
export const isDashChar = (ch: string): boolean => ch === '-' || (ch.charCodeAt(0) >= 0x80 && DASH_RE.test(ch));
export const isDotChar = (ch: string): boolean => ch === '.' || (ch.charCodeAt(0) >= 0x80 && DOT_RE.test(ch));
export const isSlashChar = (ch: string): boolean => ch === '/' || (ch.charCodeAt(0) >= 0x80 && SLASH_RE.test(ch));
export const isOpenBracket = (ch: string): boolean => ch === '(' || ch === '\uFF08';
export const isCloseBracket = (ch: string): boolean => ch === ')' || ch === '\uFF09';
export const isPlusChar = (ch: string): boolean => ch === '+' || ch === '\uFF0B';
export const isInvisibleChar = (ch: string): boolean => ch.charCodeAt(0) >= 0x80 && INVISIBLE_RE.test(ch);

/** Maps any supported digit to its ASCII value ("０" → "0", "٣" → "3"). */
export function toAsciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return ch;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  if (code >= 0x0966 && code <= 0x096f) return String.fromCharCode(code - 0x0966 + 0x30);
  if (code >= 0x09e6 && code <= 0x09ef) return String.fromCharCode(code - 0x09e6 + 0x30);
  if (code >= 0x0e50 && code <= 0x0e59) return String.fromCharCode(code - 0x0e50 + 0x30);
  return '';
}

/** Keeps only the digits of `s`, as ASCII. */
export function asciiDigits(s: string): string {
  let out = '';
  // (Every digit class is in the BMP: one UTF-16 unit each.)
  for (let i = 0; i < s.length; i++) out += toAsciiDigit(s.charAt(i));
  return out;
}
