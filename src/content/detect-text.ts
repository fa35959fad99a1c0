import { findPhoneNumbers, type PhoneMatch } from '../shared/phone/find-phone-numbers';

/**
 * Runs the detector on one text node. The words that say what a number is
 * ("Order no." | "2127364190") are often in the previous table cell or label,
 * i.e. another text node: for a number that starts its node, the detector
 * reads the text before it (`precedingText`), found only then.
 */
const MAX_PRECEDING = 64;
const HAS_DIGIT = /\d/;
/** Fewer than 7 digits cannot be a number the detector reports (MIN_DIGITS). */
const SEVEN_DIGITS = /\d(?:\D{0,6}\d){6}/;

export function worthScanning(text: string): boolean {
  return text.length >= 7 && HAS_DIGIT.test(text) && SEVEN_DIGITS.test(text);
}

export function detectText(node: Text, defaultCountry: string, preceding?: string): PhoneMatch[] {
  const text = node.data;
  if (!worthScanning(text)) return [];
  return findPhoneNumbers(text, { defaultCountry, precedingText: preceding ?? (() => precedingText(node)) });
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
