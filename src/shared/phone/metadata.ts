/**
 * libphonenumber-js's metadata, in its 'max' flavour, parsed on first use.
 *
 * 'max' rather than 'min' (the bundle's 75 kB more, 24 kB gzip): 'min' has
 * each country's general pattern only, so a number of one country written
 * nationally on another's page passes as the agent's own country's (a
 * Japanese mobile "090-4821-7736" on a German agent's page was
 * +49 90 48217736, a premium-rate range), and unlabelled identifiers pass in
 * the loose plans (random 8-11 digit runs: BR 46% valid → 10% with 'max', CN
 * 84% → 11%, JP 45% → 20%, DE 94% → 72%, measured). 'max' checks number
 * types (fixed line, mobile, toll free...) as libphonenumber's own isValid()
 * does with it.
 *
 * Kept as text and parsed when a page first shows something worth
 * validating: built as an object literal, 'max' made the content script's
 * start on every page, numbers or not, 7 ms slower than 'min' (31 against 24
 * ms, medians of 10 loads); parsed on first use it starts as 'min' did.
 */
import type { MetadataJson } from 'libphonenumber-js/core';
// (By its path: the package's export of this name, for `import`, is a JavaScript module wrapping the JSON.)
import text from '../../../node_modules/libphonenumber-js/metadata.max.json?raw';

let parsed: MetadataJson | undefined;

export function phoneMetadata(): MetadataJson {
  parsed ??= JSON.parse(text) as MetadataJson;
  return parsed;
}
