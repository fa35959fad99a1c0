/**
 * Search by number or name must stay fast at 100,000 calls, so it reads an
 * index instead of scanning: every call stores `searchTokens`, a multi-entry
 * index holding
 *   - the folded words of the caller's name ("josé o'neil" → `jose`, `oneil`),
 *     which a prefix query (`startsWith`) matches as the agent types, and
 *   - every suffix of the number's digits down to MIN_DIGIT_TOKEN digits
 *     ("+1 415 555 0123" → `14155550123`, `4155550123`, …, `123`), so that any
 *     fragment of the number is the prefix of one stored suffix and the same
 *     `startsWith` query finds it anywhere in the number.
 * The national digits are usually a suffix of the E.164 digits, so storing
 * both costs almost nothing. Shorter digit fragments are not indexed (they
 * match most of the log anyway); queries.ts scans for those.
 */

/** Shortest indexed digit suffix: one or two digits would multiply the index for fragments that select nothing. */
export const MIN_DIGIT_TOKEN = 3;

// Bounds on what one call adds to the index, whatever a page or PBX sends.
const MAX_DIGITS = 20;
const MAX_WORD = 40;
const MAX_WORDS = 16;

export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

/** Lower-case, accents removed, apostrophes dropped, split on anything not a letter or digit. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD));
}

/** The user part of `sip:alice@pbx;transport=ws` or `tel:+1415…`, else the text itself: a host's digits are not the caller's number. */
export function numberPart(remote: string): string {
  const match = /^(?:sips?|tel):([^@;]*)/i.exec(remote.trim());
  return match?.[1] ?? remote;
}

function digitSuffixes(digits: string): string[] {
  const capped = digits.slice(0, MAX_DIGITS);
  if (capped.length === 0) return [];
  if (capped.length < MIN_DIGIT_TOKEN) return [capped];
  const suffixes: string[] = [];
  for (let start = 0; start + MIN_DIGIT_TOKEN <= capped.length; start++) suffixes.push(capped.slice(start));
  return suffixes;
}

export interface TokenSource {
  readonly displayName: string | null;
  readonly remoteDisplay: string;
  readonly remoteE164: string | null;
}

export function callSearchTokens(call: TokenSource): string[] {
  const tokens = new Set<string>();
  const user = numberPart(call.remoteDisplay);
  const words = [...foldWords(call.displayName ?? ''), ...(/\p{L}/u.test(user) ? foldWords(user) : [])];
  for (const word of words.slice(0, MAX_WORDS)) tokens.add(word);
  for (const suffix of digitSuffixes(digitsOf(call.remoteE164 ?? ''))) tokens.add(suffix);
  for (const suffix of digitSuffixes(digitsOf(user))) tokens.add(suffix);
  return [...tokens];
}

/** What the agent typed, split into name-word prefixes and digit fragments. */
export interface SearchTerms {
  readonly words: readonly string[];
  readonly digits: readonly string[];
}

/**
 * "(415) 555-01" has no letters, so it is one number fragment `41555501`;
 * "jane 415" is a name word and a number fragment.
 */
export function parseSearchText(text: string): SearchTerms {
  if (!/\p{L}/u.test(text)) {
    const digits = digitsOf(text);
    return { words: [], digits: digits === '' ? [] : [digits] };
  }
  const words: string[] = [];
  const digits: string[] = [];
  for (const word of foldWords(text)) (/^\d+$/.test(word) ? digits : words).push(word);
  return { words, digits };
}

export function isEmptySearch(terms: SearchTerms): boolean {
  return terms.words.length === 0 && terms.digits.length === 0;
}

/** The terms the index can answer: every name word, and number fragments long enough to be stored. */
export function indexTerms(terms: SearchTerms): string[] {
  return [...new Set([...terms.words, ...terms.digits.filter((d) => d.length >= MIN_DIGIT_TOKEN)])];
}

/** Whether a call's tokens satisfy every term: the same rule as the index, applied in memory. */
export function matchesSearch(tokens: readonly string[], terms: SearchTerms): boolean {
  const hasPrefix = (term: string) => tokens.some((token) => token.startsWith(term));
  return (
    terms.words.every(hasPrefix) &&
    // A fragment shorter than any stored suffix is still inside the longest one.
    terms.digits.every((d) => (d.length >= MIN_DIGIT_TOKEN ? hasPrefix(d) : tokens.some((token) => token.includes(d))))
  );
}
