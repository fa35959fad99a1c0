/**
 * Finds phone numbers in free text (a DOM text node, a CRM table row...).
 *
 * Pipeline, cheapest first so that the common case — text without any long
 * digit run — costs one regex scan:
 *   1. candidate runs of digits + separators (separators.ts), grouped and
 *      split at impossible separators/brackets (digit-groups.ts);
 *   2. groups that belong to something else are "tainted": dates, IPs,
 *      amounts, IBANs... (non-phone-patterns.ts) and runs glued to letters,
 *      paths, currencies or units (context-filters.ts);
 *   3. inside each segment, the longest run of untainted groups that
 *      libphonenumber validates wins (phone-validation.ts);
 *   4. each number is checked against the words before it (labels.ts) and
 *      gets its extension (extensions.ts).
 */
import type { CountryCode } from 'libphonenumber-js/core';
import {
  hasCurrencyBefore,
  hasUnitAfter,
  codeValue,
  isArrayElement,
  isGluedLeft,
  isGluedRight,
  isMarkupWrapped,
  isPhoneQueryValue,
  linePrefix,
} from './context-filters';
import { columnHeader } from './csv-columns';
import { parseCandidate, separatorStyle, type Candidate } from './digit-groups';
import { matchExtension } from './extensions';
import { classifyPrefix, classifyWord } from './labels';
import { findNonPhoneRanges, isPlaceholderDigits } from './non-phone-patterns';
import { resolveCountry, validateNumber, type ValidNumber } from './phone-validation';
import { CANDIDATE_SOURCE, DIGIT_CLASS, isSpaceChar, SPACE_CLASS } from './separators';

export interface PhoneMatch {
  /** UTF-16 offset of the first character of the number ("+", "(" or a digit) */
  start: number;
  /** UTF-16 offset just after the number (after the extension when there is one) */
  end: number;
  /** E.164 form, e.g. "+12127364190" */
  e164: string;
  /** extension digits, e.g. "123" */
  ext?: string;
}

export interface FindPhoneNumbersOptions {
  /** ISO 3166 alpha-2 code of the agent's country; unknown codes mean "international numbers only". */
  defaultCountry: string;
  /**
   * Optional page text that precedes `text` — e.g. the previous table cell or
   * label element when scanning one DOM text node at a time. Only read for
   * labels in front of a number at the very start of `text` ("Order no." |
   * "2127364190"), with no letter or digit before it; never searched for
   * numbers itself. A function is called only when such a number is found
   * (reading the page for it has a cost).
   */
  precedingText?: string | (() => string);
}

/** Shortest number we report: shorter runs are internal extensions, zip codes, years... */
const MIN_DIGITS = 7;
/** "00" + 3-digit country code + 12-digit national number is already generous. */
const MAX_DIGITS = 17;
/** "00 33 (0)1 23 45 67 89" has 8 groups. */
const MAX_GROUPS = 9;
/** A single unbroken run longer than E.164 allows is an identifier. */
const MAX_GROUP_DIGITS = 15;
/**
 * libphonenumber calls allowed per candidate run. A real run holds one to
 * three numbers and needs a few dozen; a table of loose digits
 * ("1 0 1 1 0 1 ...") would otherwise cost thousands.
 */
const VALIDATION_BUDGET = 120;

const ANY_DIGIT_RE = new RegExp(`[${DIGIT_CLASS}]`);
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const CANDIDATE_RE = new RegExp(CANDIDATE_SOURCE, 'g');
const HAS_SPACE_RE = new RegExp(`[${SPACE_CLASS}]`);

/**
 * NANP layouts that are unmistakable even for an agent whose default country
 * is elsewhere: "1 (212) 736-4190", "(212) 736-4190", "1-212-736-4190".
 */
const NANP_LAYOUT_RE = /^(?:\+?1[-. ]?)?\(\d{3}\)[-. ]?\d{3}[-. ]\d{4}$|^1[-. ]\d{3}[-. ]\d{3}[-. ]\d{4}$/;
const NANP_WITH_ONE_RE = /^1[-. ]?(?:\(\d{3}\)|\d{3})[-. ]?\d{3}[-. ]\d{4}$/;

export function findPhoneNumbers(text: string, options: FindPhoneNumbersOptions): PhoneMatch[] {
  if (!text || !ANY_DIGIT_RE.test(text)) return [];
  const results: PhoneMatch[] = [];
  // Made for the first run worth parsing only: most texts with digits
  // (identifiers, amounts) have none, and this runs on every one of a page.
  let country: CountryCode | undefined;
  let preceding: ((start: number) => string) | undefined;
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(text)) !== null) {
    // An amount ("$66,863.37") and a run without spaces glued to a word on
    // its left (an identifier: "ORD-2024-529722", "INV-2024-000123"): these
    // checks would taint every group (taintGroups), so they are made before
    // the run is parsed.
    if (
      hasCurrencyBefore(text, m.index) ||
      (!HAS_SPACE_RE.test(m[0]) && isGluedLeft(text, m.index) && !isMarkupWrapped(text, m.index, m.index + m[0].length))
    ) {
      continue;
    }
    const candidate = parseCandidate(text, m.index, m.index + m[0].length);
    if (candidate.totalDigits < MIN_DIGITS) continue;
    if (preceding === undefined) {
      country = resolveCountry(options.defaultCountry);
      preceding = precedingReader(text, options.precedingText);
    }
    for (const match of matchCandidate(text, candidate, country, preceding)) results.push(match);
  }
  return results;
}

/** The preceding text, for a number that starts `text`; '' for any other. */
function precedingReader(text: string, given: FindPhoneNumbersOptions['precedingText']): (start: number) => string {
  let before: string | undefined = typeof given === 'string' ? given : undefined;
  let firstWord: number | undefined;
  return (start) => {
    if (given === undefined) return '';
    firstWord ??= text.search(WORD_CHAR_RE);
    if (firstWord >= 0 && firstWord < start) return '';
    before ??= typeof given === 'function' ? given() : given;
    return before;
  };
}

interface SpanMatch {
  from: number;
  to: number;
  start: number;
  end: number;
  valid: ValidNumber;
  hasPlus: boolean;
}

function matchCandidate(
  text: string,
  candidate: Candidate,
  country: CountryCode | undefined,
  precedingText: (start: number) => string,
): PhoneMatch[] {
  const { groups } = candidate;
  const n = groups.length;
  const ext = matchExtension(text, candidate.end);
  const tainted = taintGroups(text, candidate, ext ? ext.end : candidate.end);
  if (!tainted.includes(false)) return [];

  // (The same start is usually asked twice in a row: before and after validation.)
  let decidedAt = -1;
  let decided: LabelDecision = 'neutral';
  const decide = (start: number): LabelDecision => {
    if (start !== decidedAt) {
      decided = labelDecision(text, start, precedingText(start));
      decidedAt = start;
    }
    return decided;
  };

  // Greedy, left to right: the longest valid span starting at each group.
  // Once a number in a segment reads as an identifier ("Tracking: 9400 1000
  // 0000 ..."), the digits after it in that segment are the same identifier.
  const spans: SpanMatch[] = [];
  const used = new Array<boolean>(n).fill(false);
  const budget = { left: VALIDATION_BUDGET };
  let rejectedSegment = -1;
  let i = 0;
  while (i < n) {
    const first = groups[i]!;
    if (tainted[i] || first.segment === rejectedSegment) {
      i++;
      continue;
    }
    let jMax = i;
    let digits = first.digits.length;
    while (jMax + 1 < n && jMax + 1 - i < MAX_GROUPS) {
      const next = groups[jMax + 1]!;
      if (tainted[jMax + 1] || next.segment !== first.segment || digits + next.digits.length > MAX_DIGITS) break;
      digits += next.digits.length;
      jMax++;
    }
    // Cheap early exit before asking libphonenumber: "Invoice #2127364190".
    // (Short first groups are left to the full check: "Order 12 212-736-4190".)
    if (first.digits.length >= 4 && decide(spanStart(candidate, i, jMax)) === 'reject') {
      rejectedSegment = first.segment;
      i++;
      continue;
    }
    let found: SpanMatch | null = null;
    for (let j = jMax; j >= i && !found && budget.left > 0; j--) found = evaluateSpan(text, candidate, i, j, country, budget);
    if (!found) {
      i++;
      continue;
    }
    found = splitAtSlash(text, candidate, found, tainted, country, budget);
    for (let k = found.from; k <= found.to; k++) used[k] = true;
    i = found.to + 1;
    const decision = decide(found.start);
    if (
      decision === 'reject' ||
      (decision === 'weak' && !found.hasPlus && found.from === found.to) ||
      (decision === 'amount' && !found.hasPlus && writtenAsAmount(candidate, found)) ||
      (decision !== 'phone' && listedAfterIdentifier(text, found, precedingText(found.start)))
    ) {
      rejectedSegment = first.segment;
      continue;
    }
    spans.push(found);
  }

  const results: PhoneMatch[] = [];
  for (const span of spans) {
    if (hasSuspiciousNeighbour(candidate, span, tainted, used)) continue;
    const match: PhoneMatch = { start: span.start, end: span.end, e164: span.valid.e164 };
    if (span.to === n - 1 && ext) {
      match.end = ext.end;
      match.ext = ext.ext;
    }
    results.push(match);
  }
  return results;
}

/**
 * What the words before a number say about it:
 * 'phone' (a phone label), 'reject' (identifier label or code value),
 * 'weak' (only "No." / "#", or a code array: rejects a bare digit run, not a formatted number),
 * 'neutral'.
 */
type LabelDecision = 'phone' | 'reject' | 'weak' | 'amount' | 'neutral';

function labelDecision(text: string, start: number, precedingText: string): LabelDecision {
  // In a table shown as text (CSV), the column's header names the value; the line above is not its label.
  const header = columnHeader(text, start);
  if (header !== null) {
    const kind = classifyPrefix(header);
    if (kind === 'phone') return 'phone';
    if (kind === 'negative') return 'reject';
    if (kind === 'amount') return 'amount';
  }
  const prefix = header === null ? linePrefix(text, start, precedingText) : text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  // In markup shown as text, the element's name is the label: "<id>2127364190</id>", "<phone type="work">".
  const tag = prefix.includes('>') ? XML_TAG_RE.exec(prefix) : null;
  if (tag !== null) {
    const kind = classifyWord(tag[1]!);
    if (kind === 'phone') return 'phone';
    if (kind === 'negative') return 'reject';
  }
  const verdict = classifyPrefix(prefix);
  if (verdict === 'phone') return 'phone';
  const value = codeValue(prefix);
  if (verdict === 'negative' || value === 'number') return 'reject';
  if (verdict === 'amount') return 'amount';
  return verdict === 'weak-negative' || value === 'string' || isArrayElement(prefix) ? 'weak' : 'neutral';
}

// (String searches, not regular expressions: these run for every group of every candidate.)
const hasOpenBracket = (sep: string): boolean => sep.includes('(') || sep.includes('\uFF08');

/** An en or em dash with a space on each side. */
function hasSpacedDash(sep: string): boolean {
  for (let i = 1; i < sep.length - 1; i++) {
    const c = sep.charAt(i);
    if ((c === '\u2013' || c === '\u2014') && isSpaceChar(sep.charAt(i - 1)) && isSpaceChar(sep.charAt(i + 1))) return true;
  }
  return false;
}

const XML_TAG_RE = /<([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>\s*$/;

/** One run of digits, or groups of three after the first ("612 345 678"): how an amount is written. */
function writtenAsAmount(candidate: Candidate, span: SpanMatch): boolean {
  const { groups } = candidate;
  if (span.from === span.to) return true;
  if (groups[span.from]!.digits.length > 3) return false;
  for (let k = span.from + 1; k <= span.to; k++) if (groups[k]!.digits.length !== 3) return false;
  return true;
}

/** A list's joiner at the end of the text before a number: a comma, "and", "through"... (with the item before it). */
const LIST_ITEM_RE = new RegExp(
  `(?:^|[${SPACE_CLASS}(])([^${SPACE_CLASS}(]+?)[,;]?[${SPACE_CLASS}]*(?:[,;&/+]|[${SPACE_CLASS}](?:and|or|to|through|thru|till|until|et|ou|à|au|und|oder|bis|y|o|a|hasta|e|até|tot|t/m|och|eller|og)[${SPACE_CLASS}])[${SPACE_CLASS}]*$`,
  'iu',
);

/** How a list joiner ends: its punctuation, or the last letter of its word. */
const JOINER_END_RE = /^[,;&/+\p{L}]$/u;

/** The last character before `start` that is not a space, in `text` or else in the text before it. */
function lastVisibleChar(text: string, start: number, precedingText: string): string {
  for (let i = start - 1; i >= 0; i--) if (!isSpaceChar(text.charAt(i))) return text.charAt(i);
  for (let i = precedingText.length - 1; i >= 0; i--) if (!isSpaceChar(precedingText.charAt(i))) return precedingText.charAt(i);
  return '';
}

/**
 * "Refs 2127364190 through 2127364199", "Orders 2127364190, 2127364191":
 * a run written exactly like the identifier listed before it is the same
 * kind of identifier, though the label is not next to it.
 */
function listedAfterIdentifier(text: string, span: SpanMatch, precedingText: string): boolean {
  // (Most numbers follow a ":", a digit or nothing: no list joiner, no need to read further.)
  if (!JOINER_END_RE.test(lastVisibleChar(text, span.start, precedingText))) return false;
  let prefix = linePrefix(text, span.start, precedingText);
  const shape = text.slice(span.start, span.end).replace(/\d/g, '0');
  for (let items = 0; items < 8; items++) {
    const m = LIST_ITEM_RE.exec(prefix);
    if (m === null || m[1]!.replace(/\d/g, '0') !== shape) return false;
    prefix = prefix.slice(0, m.index + m[0].indexOf(m[1]!));
    const verdict = classifyPrefix(prefix);
    if (verdict !== 'neutral') return verdict === 'negative';
  }
  return false;
}

/**
 * Marks groups that cannot be part of a phone number. The character-level
 * checks come first: when they already rule out every group (an order ID
 * "ORD-2024-529722", an amount), the pattern search is skipped.
 */
function taintGroups(text: string, candidate: Candidate, end: number): boolean[] {
  const { groups } = candidate;
  const n = groups.length;
  const tainted = new Array<boolean>(n).fill(false);
  // (A run after a currency sign, all money, never gets here: findPhoneNumbers.)
  const wrapped = isMarkupWrapped(text, candidate.start, candidate.end);
  if (!wrapped && isGluedLeft(text, candidate.start) && taintWord(candidate, tainted, 0, 1) === n) return tainted;
  if ((!wrapped && isGluedRight(text, end) && !isPhoneQueryValue(text, candidate.start, end)) || hasUnitAfter(text, end)) {
    taintWord(candidate, tainted, n - 1, -1);
  }
  if (!tainted.includes(false)) return tainted;
  const excluded = findNonPhoneRanges(text, groups);
  for (let k = 0; k < n; k++) {
    const g = groups[k]!;
    if (g.digits.length > MAX_GROUP_DIGITS) tainted[k] = true;
    for (let r = 0; r < excluded.length && !tainted[k]; r++) {
      const range = excluded[r]!;
      if (range[0] < g.end && range[1] > g.start) tainted[k] = true;
    }
  }
  return tainted;
}

/**
 * Taints the "word" around group `k`: the groups reachable from it without
 * crossing a space ("INV-2024-000123" is one word, "FR76 3000" two).
 * Returns how many groups it tainted.
 */
function taintWord(candidate: Candidate, tainted: boolean[], k: number, direction: 1 | -1): number {
  const { groups } = candidate;
  let cur = k;
  for (let count = 1; ; count++) {
    tainted[cur] = true;
    const boundary = direction === 1 ? groups[cur + 1] : groups[cur];
    const next = cur + direction;
    if (!boundary || next < 0 || next >= groups.length) return count;
    if (hasSpace(boundary.sepBefore)) return count;
    cur = next;
  }
}

function hasSpace(sep: string): boolean {
  for (let i = 0; i < sep.length; i++) if (isSpaceChar(sep.charAt(i))) return true;
  return false;
}

/** Where a number made of groups `from..to` starts: at its "+" or its paired "(" when present. */
function spanStart(candidate: Candidate, from: number, to: number): number {
  const first = candidate.groups[from]!;
  const start = first.openAt >= 0 && first.closesAfter <= to ? first.openAt : first.start;
  return from === 0 && candidate.plusAt >= 0 ? Math.min(start, candidate.plusAt) : start;
}

function evaluateSpan(
  text: string,
  candidate: Candidate,
  from: number,
  to: number,
  country: CountryCode | undefined,
  budget: { left: number },
): SpanMatch | null {
  const { groups } = candidate;
  let digits = '';
  let singleDigitGroups = 0;
  for (let k = from; k <= to; k++) {
    const d = groups[k]!.digits;
    digits += d;
    if (d.length === 1) singleDigitGroups++;
  }
  if (digits.length < MIN_DIGITS) return null;
  // A bracket opened inside and closed outside: "Teheran-ro 152 (06236)" is a house number and a postcode.
  for (let k = from + 1; k <= to; k++) {
    const g = groups[k]!;
    if (hasOpenBracket(g.sepBefore) && !(g.openAt >= 0 && g.closesAfter <= to)) return null;
  }
  // Country code, trunk prefix, "(0)": at most two one-digit groups in a real number.
  if (singleDigitGroups > 2) return null;
  budget.left--;
  const hasPlus = from === 0 && candidate.plusAt >= 0;
  // An unformatted "1234567890" / "1700000000" is a placeholder or a counter;
  // written with separators ("12 345 67 89") it is a deliberate phone number.
  if (from === to && !hasPlus && !digits.startsWith('00') && isPlaceholderDigits(digits)) return null;
  const start = spanStart(candidate, from, to);
  const end = groups[to]!.end;

  let valid = validateNumber(digits, hasPlus, country);
  if (!valid && !hasPlus) valid = nanpLayoutFallback(text.slice(start, end), digits, country);
  if (!valid) return null;
  return { from, to, start, end, valid, hasPlus };
}

/**
 * Two numbers side by side with a slash between them ("0171 2345678 / 030
 * 12345678") can also read as one longer valid number and a leftover. A
 * slash inside a number is an area code's ("030/12345678"), so the span is
 * cut there only when the part before the slash is a whole number and a
 * number starts after it.
 */
function splitAtSlash(
  text: string,
  candidate: Candidate,
  found: SpanMatch,
  tainted: boolean[],
  country: CountryCode | undefined,
  budget: { left: number },
): SpanMatch {
  const { groups } = candidate;
  for (let k = found.from + 1; k <= found.to; k++) {
    const sep = groups[k]!.sepBefore;
    if (!sep.includes('/') && !sep.includes('\uFF0F')) continue;
    const left = evaluateSpan(text, candidate, found.from, k - 1, country, budget);
    if (!left) continue;
    let last = k;
    while (last + 1 < groups.length && last + 1 - k < MAX_GROUPS && !tainted[last + 1] && groups[last + 1]!.segment === groups[k]!.segment) last++;
    for (let j = last; j >= k && budget.left > 0; j--) if (evaluateSpan(text, candidate, k, j, country, budget)) return left;
  }
  return found;
}

/** "1 (212) 736-4190" read with a non-NANP default country is still a US/CA number. */
function nanpLayoutFallback(raw: string, digits: string, country: CountryCode | undefined): ValidNumber | null {
  const normalized = raw.replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-');
  const layout = country ? NANP_LAYOUT_RE : NANP_WITH_ONE_RE;
  if (!layout.test(normalized)) return null;
  const national = digits.length === 11 ? digits.slice(1) : digits;
  return validateNumber('1' + national, true, undefined);
}

/**
 * A number carved out of the middle of a longer, uniformly separated digit
 * run ("Room 12 212 736 4190", "4111 1111 1111 1111 ...") is not
 * trustworthy: reject it when an unused neighbour group is joined with the
 * same kind of separator the number itself uses. After the number, only a
 * group that continues the same block pattern counts: "06 12 34 56 78 12 rue
 * de la Paix" and "06 12 34 56 78 75008 Paris" are fine.
 */
function hasSuspiciousNeighbour(candidate: Candidate, span: SpanMatch, tainted: boolean[], used: boolean[]): boolean {
  const { groups } = candidate;
  const styles = new Set<string>();
  for (let k = span.from + 1; k <= span.to; k++) styles.add(separatorStyle(groups[k]!.sepBefore));
  const joinsLikeNumber = (sep: string): boolean => {
    // A dash between spaces sets things apart: "30160-011 – (31) 3277-4000" is a postcode and a number.
    if (sep.length >= 3 && hasSpacedDash(sep)) return false;
    const style = separatorStyle(sep);
    return styles.size === 0 ? style !== ' ' : styles.has(style);
  };
  const first = groups[span.from]!;
  const prev = groups[span.from - 1];
  if (prev && !tainted[span.from - 1] && !used[span.from - 1] && prev.segment === first.segment) {
    if (joinsLikeNumber(first.sepBefore)) return true;
  }
  const k = span.to + 1;
  const next = groups[k];
  if (next && !tainted[k] && !used[k] && next.segment === first.segment && next.digits.length >= 3) {
    const after = groups[k + 1];
    const continues =
      next.digits.length === groups[span.to]!.digits.length ||
      (after !== undefined && !tainted[k + 1] && after.segment === first.segment);
    if (continues && joinsLikeNumber(next.sepBefore)) return true;
  }
  return false;
}
