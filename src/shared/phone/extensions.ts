/**
 * Extension suffixes written right after a number: "x123", "ext. 45",
 * "extension 45", "#12", ";ext=12" (RFC 3966), "poste 12" (French),
 * "доб. 12" (Russian), "int. 12"/"interno 12" (Italian/Spanish), "ramal 12"
 * (Portuguese), "anexo 12" (Spanish, Chile/Peru), "extensión 12", "toestel 12"
 * (Dutch), "wew. 12" (Polish), "内線12" (Japanese), "分机12" (Chinese), and
 * the other words of EXTENSION_WORDS.
 *
 * "(ext. 12)" is accepted with its brackets, full-width ones too ("（内線 234）").
 *
 * Unlike libphonenumber we never treat a bare comma as an extension marker:
 * "412-391-6678, 813-223-9041" is two numbers, not one with ext 813.
 * A comma or a dash is only allowed *before* an explicit marker ("..., ext. 12",
 * "… – poste 123").
 */
import { SPACE_CLASS } from './separators';

const SP = `[${SPACE_CLASS}]`;

/**
 * The words for "extension" as CRMs write them before its digits, with or
 * without a full stop. Longer forms before their abbreviations (the regex
 * takes the first that fits).
 */
const EXTENSION_WORDS = [
  'extension', 'extensión', 'extensão', 'extn', 'ext',
  'poste', // French
  'toestel', // Dutch
  'durchwahl', 'nebenstelle', 'dw', // German, Austrian
  'interno', 'interna', 'interní', 'interior', 'int', // Italian, Spanish, Slovenian, Czech, Romanian
  'ramal', 'anexo', // Portuguese, Spanish (Chile, Peru)
  'anknytning', 'ankn', 'lokal', 'локал', // Swedish, Danish, Serbian, Macedonian
  'sisenumber', 'vidinis', // Estonian, Lithuanian
  'linka', 'klapka', // Czech, Slovak (not 'kl.': o'clock in Danish and Norwegian)
  'wewn', 'wew', // Polish
  'mellék', // Hungarian
  'dahili', // Turkish
  'εσωτ', // Greek
  'доб', 'внутр', 'вн', 'дод', 'вътр', // Russian, Ukrainian, Bulgarian
  'შიდა', 'daxili', // Georgian, Azerbaijani
  'שלוחה', // Hebrew
  'تحويلة', 'داخلي', // Arabic
  'ต่อ', // Thai
  '내선', // Korean
  '内線', '内线', '分機', '分机', '转', '轉', // Japanese, Chinese
  'x', '#',
];

const EXTENSION_RE = new RegExp(
  `^${SP}{0,2}(?:,${SP}{0,2}|[-\u2013\u2014]${SP}{0,2}|([(\uFF08])?)` +
    '(?:' +
    `;${SP}?ext=` +
    '|' +
    `(?:${EXTENSION_WORDS.join('|')})\\.?${SP}{0,2}(?::${SP}{0,2})?(?:(?:no|nr|n°)\\.?${SP}{0,2})?` +
    ')' +
    '([0-9]{1,6})(?![0-9])' +
    // "(ext. 12)": the closing bracket belongs to the extension.
    '([)\uFF09])?',
  'i',
);

export interface ExtensionMatch {
  ext: string;
  /** Offset just after the extension digits. */
  end: number;
}

/** Looks for an extension starting at `from` (the end of a number). */
export function matchExtension(text: string, from: number): ExtensionMatch | null {
  // (A number that ends its text, as in most table cells, has none.)
  if (from >= text.length) return null;
  // Extensions are short; never scan more than this many characters.
  const slice = text.slice(from, from + 24);
  const m = EXTENSION_RE.exec(slice);
  if (!m || m[2] === undefined) return null;
  const opened = m[1] !== undefined;
  const closed = m[3] !== undefined;
  if (opened && !closed) return null;
  // A ")" not opened here closes a bracket around the whole number: leave it out.
  const length = closed && !opened ? m[0].length - 1 : m[0].length;
  return { ext: m[2], end: from + length };
}
