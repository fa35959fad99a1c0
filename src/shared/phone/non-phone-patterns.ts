/**
 * Structures made of digits and phone-like separators that are NOT phone
 * numbers: dates, IP addresses, version strings, amounts, IBANs, card numbers,
 * SSNs, French NIR, UUIDs, e-mail addresses, URLs.
 *
 * Many of them pass libphonenumber validation for some default country
 * ("21.11.2024" is a possible German number, "123-45-6789" a possible
 * Russian one), so they are located up front and the digit groups they cover
 * are never used to build a phone number.
 *
 * Speed: every pattern starts with a digit, so instead of scanning whole
 * lines we try each one (sticky, /y) only at the start of each digit group of
 * a candidate. Look-behinds still see the text before that position. Letters
 * glued to digits (e-mails, URLs, hex, UUIDs with letters) are already
 * rejected by the glue checks of context-filters.ts; IBANs, whose letters
 * only touch the first group, get a dedicated check.
 */

import { separatorStyle } from './digit-groups';

const SP = '[ \\u00A0\\u2007\\u2009\\u202F]';

type Check = (m: RegExpExecArray) => boolean;
interface Pattern {
  re: RegExp;
  /** optional semantic check on the match (e.g. month <= 12) */
  check?: Check;
  /** separator kinds (" ", "-", ".", "/") of which the candidate must use at least one */
  seps?: string;
  /** digit groups the structure spans at least; fewer remaining groups → not tried */
  minGroups: number;
  /** digit count of the group the structure starts with (cheap gate before the regex) */
  first: readonly [min: number, max: number];
}

/** IBAN: FR76 3000 6000 0112 3456 7890 189 (tried two characters before the first group). */
const IBAN_HEAD_RE = new RegExp(`(?<![A-Za-z])[A-Z]{2}\\d{2}(?:${SP}?[A-Z0-9]{4})*${SP}?$`);
const IBAN_RE = new RegExp(`(?<![A-Za-z])[A-Z]{2}\\d{2}(?:${SP}?[A-Z0-9]{4}){2,7}(?:${SP}?[A-Z0-9]{1,4})?(?![A-Za-z0-9])`, 'y');

const num = (s: string | undefined): number => (s === undefined ? NaN : Number(s));

const isDayMonth = (a: number, b: number): boolean =>
  a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);

const PATTERNS: Pattern[] = [
  // 21.11.2024, 11/21/2024, 21-11-24 (same separator twice, not part of a longer dotted run)
  {
    re: /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g,
    check: (m) => isDayMonth(num(m[1]), num(m[3])),
    seps: '.-/',
    minGroups: 3, first: [1, 2],
  },
  // 2024-11-21, 2024.11.21, 2024/11/21
  {
    re: /(?<![\d./-])(?:1[89]|20)\d{2}([./-])(\d{1,2})\1(\d{1,2})(?!\d|[./-]\d)/g,
    check: (m) => num(m[2]) >= 1 && num(m[2]) <= 12 && num(m[3]) >= 1 && num(m[3]) <= 31,
    seps: '.-/',
    minGroups: 3, first: [4, 4],
  },
  // "21. 11. 2024" (Czech, Slovak, German with spaces)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.${SP}(\\d{1,2})\\.${SP}?(?:\\d{4}|\\d{2})(?!\\d|\\.\\d)`, 'g'),
    check: (m) => isDayMonth(num(m[1]), num(m[2])),
    seps: '.',
    minGroups: 3, first: [1, 2],
  },
  // Swedish personnummer 811218-9876 / 19811218-9876, Danish CPR 211185-1234
  {
    re: /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}(?![\d-])/g,
    seps: '-',
    minGroups: 2, first: [6, 8],
  },
  {
    re: /(?<![\d-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-\d{4}(?![\d-])/g,
    seps: '-',
    minGroups: 2, first: [6, 6],
  },
  // "21 11 2024"
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})${SP}(\\d{1,2})${SP}(?:1[89]|20)\\d{2}(?!\\d)`, 'g'),
    check: (m) => isDayMonth(num(m[1]), num(m[2])),
    seps: ' ',
    minGroups: 3, first: [1, 2],
  },
  // "2024 11 21"
  {
    re: new RegExp(`(?<!\\d)(?:1[89]|20)\\d{2}${SP}(\\d{1,2})${SP}(\\d{1,2})(?!\\d)`, 'g'),
    check: (m) => num(m[1]) >= 1 && num(m[1]) <= 12 && num(m[2]) >= 1 && num(m[2]) <= 31,
    seps: ' ',
    minGroups: 3, first: [4, 4],
  },
  // IPv4 (octets without leading zeros, so Belgian "02.123.45.67" is not an IP)
  {
    re: /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\d|\.\d)/g,
    seps: '.',
    minGroups: 4, first: [1, 3],
  },
  // Version strings with a lone 0 component: 10.0.19045, 120.0.6099.109
  {
    re: /(?<![\d.])\d{1,4}(?:\.\d+){2,}(?!\d|\.\d)/g,
    check: (m) => m[0].split('.').slice(1).includes('0'),
    seps: '.',
    minGroups: 3, first: [1, 4],
  },
  // Decimal numbers / coordinates: 40.74844057
  { re: /(?<![\d.,-]|\d )[1-9]\d{0,2}\.\d{4,}(?!\d|[.,]\d)/g, seps: '.', minGroups: 2, first: [1, 3] },
  // Amounts with decimals: 1.234.567,89  1 234 567,89  1'234'567.89
  {
    // (the decimal mark differs from the thousands one: "078.123.45.67" is a Swiss phone)
    re: new RegExp(
      `(?<![\\d.,])\\d{1,3}(?:(?:\\.\\d{3})+,|(?:,\\d{3})+\\.|(?:(?:'|${SP})\\d{3})+[.,])\\d{2}(?!\\d|[.,]\\d)`,
      'g',
    ),
    seps: ' .',
    minGroups: 2, first: [1, 3],
  },
  // Thousands grouping that no phone numbering plan uses: 2 127 364 190, 1.234.567
  // — only as a complete run: "+1 212 736 4190", "+353 91 123 456" or
  // "8 912 345-67-89" continue before or after, so they are left alone. With
  // spaces, three blocks of three are required: Latvian "21 234 567" and
  // Tunisian "20 123 456" are phone numbers.
  { re: new RegExp(`(?<![\\d.+]|\\d${SP}|\\d[-.])[1-9]\\d?(?:${SP}\\d{3}){3,}(?!\\d|(?:${SP}|[-./])\\d)`, 'g'), seps: ' ', minGroups: 4, first: [1, 2] },
  { re: /(?<![\d.+]|\d[ -])[1-9]\d?(?:\.\d{3}){2,}(?!\d|[ .-]\d)/g, seps: '.', minGroups: 3, first: [1, 2] },
  // A number with a decimal part: "2127364190.5"
  { re: /(?<![\d.,-])\d{4,}\.\d{1,2}(?!\d|[.,]\d)/g, seps: '.', minGroups: 2, first: [4, 99] },
  // Compact dates 20241121 / timestamps 20241121103045, and year ranges 1990-2024
  {
    re: /(?<![\d.\-/])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}(?![\d]|[.\-/]\d)/g,
    check: (m) => m[0].length === 8 || m[0].length === 12 || m[0].length === 14,
    minGroups: 1, first: [8, 14],
  },
  { re: /(?<![\d.\-/])(?:19|20)\d{2} ?[-\u2013/] ?(?:19|20)\d{2}(?![\d]|[.\-/]\d)/g, seps: '-/', minGroups: 2, first: [4, 4] },
  // Millisecond Unix timestamps 1732187400000 (2014–2033)
  { re: /(?<![\d.])1[4-9]\d{11}(?!\d|\.\d)/g, minGroups: 1, first: [13, 13] },
  // Payment cards: 4111 1111 1111 1111, 3782 822463 10005
  { re: new RegExp(`(?<!\\d)\\d{4}(${SP}|-)\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?(?!\\d)`, 'g'), seps: ' -', minGroups: 4, first: [4, 4] },
  { re: new RegExp(`(?<!\\d)\\d{4}(${SP}|-)\\d{6}\\1\\d{4,5}(?!\\d)`, 'g'), seps: ' -', minGroups: 3, first: [4, 4] },
  // US SSN 123-45-6789
  { re: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g, seps: '-', minGroups: 3, first: [3, 3] },
  // French NIR (social security number with its key) 1 85 05 78 006 084 36
  {
    re: new RegExp(
      `(?<![\\d+])[12]${SP}?\\d{2}${SP}?(?:0[1-9]|1[0-2]|[2-9]\\d)${SP}?(?:\\d{2}|2[AB])${SP}?\\d{3}${SP}?\\d{3}${SP}?\\d{2}(?!\\d)`,
      'g',
    ),
    minGroups: 1, first: [1, 15],
  },
  // French SIRET 732 829 320 00074
  { re: new RegExp(`(?<!\\d)\\d{3}${SP}\\d{3}${SP}\\d{3}${SP}\\d{5}(?!\\d)`, 'g'), seps: ' ', minGroups: 4, first: [3, 3] },
  // ISBN-13 with hyphens: 978-3-16-148410-0
  { re: /(?<![\d-])97[89]-\d{1,5}-\d{1,7}-\d{1,6}-\d(?![\d-])/g, seps: '-', minGroups: 5, first: [3, 3] },
  // UUID made only of digits
  { re: /\d{8}-\d{4}-\d{4}-\d{4}-\d{12}(?!\d)/g, seps: '-', minGroups: 5, first: [8, 8] },
];

export type Range = readonly [start: number, end: number];

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isBlank = (c: number): boolean => c === 0x20 || c === 0xa0;
const isPlus = (c: number): boolean => c === 0x2b || c === 0xff0b;

function sepMask(kinds: string): number {
  let mask = 0;
  for (let i = 0; i < kinds.length; i++) {
    const c = kinds.charAt(i);
    mask |= c === ' ' ? 1 : c === '-' ? 2 : c === '.' ? 4 : c === '/' ? 8 : 0;
  }
  return mask;
}

interface Sticky extends Pattern {
  sepMask: number;
}

const STICKY: Sticky[] = PATTERNS.map((p) => ({
  ...p,
  re: new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y'),
  sepMask: p.seps ? sepMask(p.seps) : 0,
}));

/**
 * The patterns that may start at a group of each digit count (index: the
 * count, capped at MAX_FIRST): most groups are tried against two or three
 * patterns instead of all of them. This runs on every candidate of every
 * page, mostly before the JIT has warmed up, where each loop turn counts.
 */
const MAX_FIRST = 16;
const BY_FIRST: Sticky[][] = Array.from({ length: MAX_FIRST + 1 }, (_, len) =>
  STICKY.filter((p) => len >= p.first[0] && (len < MAX_FIRST ? len <= p.first[1] : p.first[1] >= MAX_FIRST)),
);

export interface GroupLike {
  start: number;
  end: number;
  sepBefore: string;
}

/**
 * Ranges of `text` occupied by a non-phone structure starting at one of the
 * digit groups of a candidate (groups in text order).
 */
export function findNonPhoneRanges(text: string, groups: readonly GroupLike[]): Range[] {
  const ranges: Range[] = [];
  const first = groups[0];
  if (!first) return ranges;
  // Cheap gate: an IBAN's letters sit right before the digits ("FR76", "ABNA 0417").
  if (isUpper(text.charCodeAt(first.start - 1)) || (isBlank(text.charCodeAt(first.start - 1)) && isUpper(text.charCodeAt(first.start - 2)))) {
    // The IBAN starts with letters, possibly a few blocks earlier ("NL91 ABNA 0417 ...").
    const from = Math.max(0, first.start - 40);
    const head = IBAN_HEAD_RE.exec(text.slice(from, first.start));
    if (head) {
      IBAN_RE.lastIndex = from + head.index;
      const m = IBAN_RE.exec(text);
      if (m) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  let kinds = 0;
  for (let k = 1; k < groups.length; k++) kinds |= sepMask(separatorStyle(groups[k]!.sepBefore));
  const n = groups.length;
  // "+688-90-1234" is not an SSN: nothing but a phone number starts after "+".
  const before = text.charCodeAt(first.start - 1);
  const afterPlus = isPlus(before) || (isBlank(before) && isPlus(text.charCodeAt(first.start - 2)));
  const firstTried = afterPlus ? 1 : 0;
  for (let k = firstTried; k < n; k++) {
    const g = groups[k]!;
    const tried = BY_FIRST[Math.min(g.end - g.start, MAX_FIRST)]!;
    for (let i = 0; i < tried.length; i++) {
      const p = tried[i]!;
      if (k + p.minGroups > n || (p.sepMask !== 0 && (p.sepMask & kinds) === 0)) continue;
      const at = g.start;
      p.re.lastIndex = at;
      const m = p.re.exec(text);
      if (m && (!p.check || p.check(m))) ranges.push([at, at + m[0].length]);
    }
  }
  return ranges;
}

const ASCENDING = '12345678901234567890';

/**
 * Placeholder digit strings that validate in some countries but are never
 * real numbers: "1234567890", "0000000000", "1700000000" (a run of seven
 * identical digits).
 */
export function isPlaceholderDigits(digits: string): boolean {
  if (digits.length >= 7 && ASCENDING.startsWith(digits)) return true;
  // The largest 32-bit integers, seen in code, CSS (z-index) and logs.
  if (digits === '2147483647' || digits === '2147483648' || digits === '4294967295') return true;
  return /(\d)\1{6}/.test(digits);
}
