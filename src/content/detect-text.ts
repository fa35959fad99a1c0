import { findPhoneNumbers, type PhoneMatch } from '../shared/phone/find-phone-numbers';
import { DIGIT_CLASS } from '../shared/phone/separators';

/**
 * Runs the detector on one text node. The words that say what a number is
 * ("Order no." | "2127364190") are often in the previous table cell or label,
 * i.e. another text node: for a number that starts its node, the detector
 * reads the text before it (`precedingText`), found only then.
 */
const MAX_PRECEDING = 64;
// (Every digit the detector reads, not only ASCII's \d: full-width on Japanese pages, Arabic-Indic, Devanagari...)
const HAS_DIGIT = new RegExp(`[${DIGIT_CLASS}]`);
/** Fewer than 7 digits cannot be a number the detector reports (MIN_DIGITS). */
const SEVEN_DIGITS = new RegExp(`[${DIGIT_CLASS}](?:[^${DIGIT_CLASS}]{0,6}[${DIGIT_CLASS}]){6}`);

export function worthScanning(text: string): boolean {
  return text.length >= 7 && HAS_DIGIT.test(text) && SEVEN_DIGITS.test(text);
}

/**
 * Verdicts on short texts seen before in this document, for those that did
 * not depend on the text before them. Pages repeat themselves: the same dates,
 * amounts and statuses down a list, and frameworks render the same rows again
 * into new nodes. Bounded: emptied when full.
 */
const CACHE_MAX_ENTRIES = 4096;
const CACHE_MAX_LENGTH = 64;
const verdicts = new Map<string, PhoneMatch[]>();
let verdictsCountry = '';

/**
 * What the detector's one callback reads: set before each call (the detector
 * is synchronous), so that a call makes no closure of its own: this runs on
 * every cell of every page.
 */
const probe = { node: null as Text | null, preceding: undefined as string | undefined, consulted: false };
const options = {
  defaultCountry: '',
  precedingText: (): string => {
    probe.consulted = true;
    return probe.preceding ?? precedingText(probe.node!);
  },
};

/** `text` is the node's text, already read and found worth scanning. */
export function detectText(node: Text, text: string, defaultCountry: string, preceding?: string): PhoneMatch[] {
  const cacheable = text.length <= CACHE_MAX_LENGTH;
  if (defaultCountry !== verdictsCountry) {
    verdicts.clear();
    verdictsCountry = defaultCountry;
  }
  if (cacheable) {
    const known = verdicts.get(text);
    if (known !== undefined) return known;
  }
  probe.node = node;
  probe.preceding = preceding;
  probe.consulted = false;
  options.defaultCountry = defaultCountry;
  let matches: PhoneMatch[];
  try {
    matches = findPhoneNumbers(text, options);
  } finally {
    probe.node = null;
  }
  if (cacheable && !probe.consulted) {
    if (verdicts.size >= CACHE_MAX_ENTRIES) verdicts.clear();
    verdicts.set(text, matches);
  }
  return matches;
}

/** The text just before `node` in document order (inside its own tree), up to 64 characters. */
export function precedingText(node: Text): string {
  const root = node.getRootNode();
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(root instanceof ShadowRoot ? root : doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  let text = '';
  // Whitespace-only nodes between table cells do not count towards the few steps taken.
  for (let steps = 0, words = 0; steps < 16 && words < 3 && text.length < MAX_PRECEDING; steps++) {
    const previous = walker.previousNode() as Text | null;
    if (previous === null) break;
    if (previous.data.trim() !== '') words++;
    text = `${previous.data} ${text}`;
  }
  return text.trim().slice(-MAX_PRECEDING);
}
