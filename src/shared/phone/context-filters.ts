/**
 * Character-level context around a digit run: what it is glued to.
 *
 * A phone number is a free-standing token. Digits glued to letters
 * ("abc2127364190", "INV-2024-000123"), sitting inside a path or query
 * ("/users/2127364190/edit", "?id=4155552671"), continuing a decimal
 * ("1.5", "10:30"), or wrapped by a currency or unit ("$2127364190",
 * "2127364190 EUR", "12 %") are something else.
 */
import { isLetterLabel, isPhoneLabel } from './labels';
import { SPACE_CLASS } from './separators';

const LETTER_RE = /\p{L}/u;
/** Scripts written without spaces between words: a label may be glued to the digits ("電話03-1234-5678"). */
const UNSPACED_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const NUMBER_RE = /\p{N}/u;
const CURRENCY_RE = /\p{Sc}/u;
const SPACE_RE = new RegExp(`[${SPACE_CLASS}]`);

function isSpacedLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_RE.test(ch) && !UNSPACED_SCRIPT_RE.test(ch);
}

/** Characters that, glued directly before digits, make them part of a path, query, code or formula. */
const BAD_BEFORE = new Set(['/', '\\', '@', '&', '?', '%', '~', '^', '*', '§', '`', '_', '$']);
/** Characters that, glued directly after digits, make them part of something else. */
const BAD_AFTER = new Set(['_', '@', '%', '‰', '=', '\\', '*', '^', '§', '°']);

/** The run of letters (and dots) ending at `end`, e.g. "Tel." in "Tel.0612...". */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 24) {
    const ch = text.charAt(i - 1);
    if (LETTER_RE.test(ch) || ch === '.') i--;
    else break;
  }
  return text.slice(i, end);
}

/**
 * True when the digit run starting at `start` is glued on its left to
 * something that makes it part of another token. A glued phone label
 * ("Tel.0612345678", "Tel:0612345678", "TEL03-1234-5678") is fine.
 */
export function isGluedLeft(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charAt(start - 1);
  // A name and its number in brackets, "Sarah(212-736-4190)", "Tom(+44 7911 123456)"; not a call in code, "foo(2127364190)".
  if (text.charAt(start) === '(' && FORMATTED_IN_BRACKET_RE.test(text.slice(start, start + 6))) return false;
  if (isSpacedLetter(c)) return !isPhoneLabel(wordBefore(text, start));
  if (NUMBER_RE.test(c) || CURRENCY_RE.test(c) || BAD_BEFORE.has(c)) return true;
  if ('.,:-‐‑–—+\''.includes(c)) {
    const c2 = start >= 2 ? text.charAt(start - 2) : '';
    // "10:30", "1.5", "3-4", "5+6", "1,234": continuation of another number —
    // except a comma after a long digit run, which lists numbers
    // ("412-391-6678,813-223-9041").
    if (NUMBER_RE.test(c2)) return !(c === ',' && /\d{4}$/.test(text.slice(Math.max(0, start - 5), start - 1)));
    // "INV-2024", "ID.2127364190" — but "Tel.0612345678", "T.0142685300" / "Tél.-" are labels,
    // and Hebrew writes "to", "at", "from" as a letter joined by a hyphen ("ל-050-234-5678").
    if ((c === '.' || c === '-' || c === '‐' || c === '‑') && isSpacedLetter(c2)) {
      const word = wordBefore(text, start - 1);
      return !isPhoneLabel(word) && !HEBREW_PREFIXES.has(word) && !(c === '.' && isLetterLabel(word));
    }
  }
  return false;
}

const FORMATTED_IN_BRACKET_RE = new RegExp(`^\\((?:[+\\uFF0B]|\\d{1,4}[${SPACE_CLASS}\\-.])`);

const HEBREW_PREFIXES = new Set(['ל', 'ב', 'מ', 'ה', 'ו', 'כ', 'ש']);

const MARKUP_CHARS = '*_`~';
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/**
 * Emphasis or code marks written around the number, as in a note typed in
 * Markdown: "**212-736-4190**", "`212-736-4190`", "_+44 20 7946 0958_". The
 * same marks, mirrored, on both sides, and words boundaries outside them.
 */
export function isMarkupWrapped(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i < 3 && MARKUP_CHARS.includes(text.charAt(i - 1))) i--;
  if (i === start) return false;
  const open = text.slice(i, start);
  if (text.slice(end, end + open.length) !== [...open].reverse().join('')) return false;
  return !WORD_CHAR_RE.test(text.charAt(i - 1)) && !WORD_CHAR_RE.test(text.charAt(end + open.length));
}

/** True when the number ending at `end` is glued on its right to something else. */
export function isGluedRight(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const c = text.charAt(end);
  const c2 = text.charAt(end + 1);
  if (isSpacedLetter(c) || NUMBER_RE.test(c) || CURRENCY_RE.test(c) || BAD_AFTER.has(c)) return true;
  // "&page=2", "?x=1", "#section": query or fragment continues. (A path
  // "/edit" is caught by the "/" before the digits; "4190/Fax" is a list.)
  if ((c === '&' || c === '?' || c === '#') && /[\p{L}\p{N}]/u.test(c2)) return true;
  // "2127364190:45" (ratio, time-like); "4190-abc" (identifier suffix).
  if (c === ':' && NUMBER_RE.test(c2)) return true;
  if ((c === '-' || c === '‐' || c === '‑') && isSpacedLetter(c2)) return true;
  // Decimal continuation: "2127364190,50" or "…4190.5". Three digits or more
  // after a comma is another number ("412-391-6678,813-223-9041").
  // (Not a date after a comma: "415.555.2671,11/21/2024" in a CSV line.)
  if ((c === '.' || c === ',') && /^\d{1,2}(?![\d/.-])/.test(text.slice(end + 1, end + 4))) return true;
  return false;
}

/** Currency symbol right before the digits, possibly after a space: "$2,127", "€ 1 234 567". */
export function hasCurrencyBefore(text: string, start: number): boolean {
  let i = start - 1;
  let spaces = 0;
  while (i >= 0 && SPACE_RE.test(text.charAt(i)) && spaces < 2) {
    i--;
    spaces++;
  }
  return i >= 0 && CURRENCY_RE.test(text.charAt(i));
}

const UNIT_AFTER_RE = new RegExp(
  `^[${SPACE_CLASS}]{0,2}(?:[%‰\\p{Sc}]|(?:usd|eur|gbp|chf|jpy|cny|rmb|inr|brl|mxn|cad|aud|rub|try|ils|aed|sgd|hkd|krw|sek|nok|dkk|pln|zar|nzd|ars|czk|huf|euros?|dollars?|pounds?|yen|yuan|rupees?|reais|rubles?|kg|km|lbs?|oz|ml|kwh|mb|gb|kb|tb|bytes?|px|pcs|pieces|units|items|stück|stk|times|votes|views|visits|points|pts|ms|records|rows|results|downloads|followers|likes|people|persons|users|customers|visitors|inhabitants|residents|copies|miles|years|days|hours|minutes|seconds|impressions|cycles|clicks|sessions|requests|passengers|mah|zł|kč|ft|lei|грн|руб|₽|원|円|元)(?![\\p{L}\\p{N}]))`,
  'iu',
);

/** Arithmetic on the number: "2127364190 / 2 = 1063682095". */
const ARITHMETIC_AFTER_RE = new RegExp(`^[${SPACE_CLASS}]*[/*×÷+][${SPACE_CLASS}]*\\d+[${SPACE_CLASS}]*=`);

/** A currency, unit or percent sign right after the digits ("2127364190 EUR", "12 %"), or arithmetic. */
export function hasUnitAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const after = text.slice(end, end + 16);
  return UNIT_AFTER_RE.test(after) || ARITHMETIC_AFTER_RE.test(after);
}

/**
 * Digits used as a value in code or markup: `"id": 2127364190`,
 * `userId=4155552671`, `count => 2127364190` ('number'), or a string value
 * (`"to": "+13125550147"`, 'string': a number written as a phone number is
 * one, a bare digit run is not). A key that is a phone label
 * (`"phone": 2127364190`) is read before this.
 */
export function codeValue(prefix: string): 'number' | 'string' | null {
  const m = CODE_VALUE_RE.exec(prefix);
  return m === null ? null : m[1] === undefined ? 'number' : 'string';
}

const CODE_VALUE_RE = /(?:["'`]\s*:|=>?)\s*(["'`])?\s*$/;

/**
 * A query value whose key names a phone number, followed by more of the
 * query: "?phone=3125550147&order=1", "?caller=4155552671&queue=2".
 */
export function isPhoneQueryValue(text: string, start: number, end: number): boolean {
  if (text.charAt(end) !== '&') return false;
  const key = QUERY_KEY_RE.exec(text.slice(Math.max(0, start - 32), start));
  return key !== null && (PHONE_KEYS.has(key[1]!.toLowerCase()) || isPhoneLabel(key[1]!));
}

const QUERY_KEY_RE = /[?&;]([\p{L}_.-]+)=$/u;
/** Query keys for a phone number that are not phone words in prose. */
const PHONE_KEYS = new Set(['to', 'from', 'ani', 'dnis', 'cli', 'msisdn', 'number', 'num', 'dest', 'destination', 'src', 'target']);

/**
 * An element of a code array: `[2127364190, 4155552671]`, `{"a": [2127364190]}`.
 * Only applied to bare digit runs — a formatted "[212-736-4190]" is prose.
 */
export function isArrayElement(prefix: string): boolean {
  if (/[[{]\s*$/.test(prefix)) return true;
  return /,\s*$/.test(prefix) && prefix.lastIndexOf('[') > prefix.lastIndexOf(']');
}

/**
 * Text of the current line before `start` (or of the previous line if the
 * current one is empty). `preceding` is page text before `text` (a label in
 * the previous table cell or element); it is read as if it came right before
 * `text`, when the number sits near the start of `text`.
 */
export function linePrefix(text: string, start: number, preceding = '', max = 48): string {
  const from = Math.max(0, start - max);
  const chunk = text.slice(from, start);
  const nl = Math.max(chunk.lastIndexOf('\n'), chunk.lastIndexOf('\r'));
  if (nl < 0) {
    if (from > 0 || preceding === '') return chunk;
    const joined = preceding.slice(-max) + ' ' + chunk;
    return linePrefix(joined, joined.length, '', max);
  }
  const line = chunk.slice(nl + 1);
  if (line.trim() !== '') return line;
  // Label on its own line above the value ("Phone:\n212-736-4190").
  const before = chunk.slice(0, nl).replace(/\r$/, '');
  const prevNl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return before.slice(prevNl + 1);
}
