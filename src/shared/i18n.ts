import type English from '../../_locales/en/messages.json';

/**
 * Every word the agent sees comes from `_locales/<lang>/messages.json`
 * through `t()` (issue 6: localisation). Keys are typed from the English
 * catalogue, so a misspelt key is a type error.
 *
 * Where Chrome offers `chrome.i18n` (extension pages, the service worker,
 * content scripts) it answers: it picks the catalogue for the browser's
 * language and falls back to `default_locale` (en) itself. The offscreen
 * document has no `chrome.i18n` ("the runtime API is the only extensions API
 * supported by offscreen documents", developer.chrome.com/docs/extensions/reference/api/offscreen),
 * and unit tests run in Node: both install a catalogue with
 * `installCatalogue`, and `t()` formats it the way Chrome does.
 *
 * This module imports no catalogue itself, so a context that has
 * `chrome.i18n` (the content script on every page) does not carry one.
 */
export type MessageKey = keyof typeof English & string;

/** Keys with `_one` and `_other` forms, named without the suffix: see `tPlural`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

export interface CatalogueEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/** The languages the extension ships, as `_locales` folder names; `en` is `default_locale`. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

type Substitution = string | number;

let installed: Catalogue | null = null;

/** For contexts without `chrome.i18n`: the catalogue `t()` reads. */
export function installCatalogue(catalogue: Catalogue): void {
  installed = catalogue;
}

function chromeI18n(): typeof chrome.i18n | undefined {
  return (globalThis as { chrome?: { i18n?: typeof chrome.i18n } }).chrome?.i18n;
}

/** The message for `key` with its substitutions ($1…$9, through named placeholders). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const values = substitutions.map(String);
  const api = chromeI18n();
  if (api !== undefined) return api.getMessage(key, values);
  const entry = installed?.[key];
  // No catalogue at all is a setup bug; the key still says what was meant.
  return entry === undefined ? key : formatMessage(entry, values);
}

/**
 * A message whose wording depends on a count: `<base>_one` or `<base>_other`
 * by the catalogue language's plural rules (French counts 0 as "one"). The
 * count is always the first substitution.
 */
export function tPlural(base: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const form = pluralForm(count, t('lang'));
  return t(`${base}_${form}` as MessageKey, count, ...substitutions);
}

export function pluralForm(count: number, lang: string): 'one' | 'other' {
  return new Intl.PluralRules(safeLocale(lang)).select(count) === 'one' ? 'one' : 'other';
}

/**
 * The locale for dates, numbers, country names and `<html lang>`: the
 * browser's UI language when the catalogue in use is in that language (so an
 * en-GB browser gets British dates), else the catalogue's language (a German
 * browser reads English words, with English formats beside them).
 */
export function uiLocale(): string {
  const lang = safeLocale(t('lang'));
  const ui = chromeI18n()?.getUILanguage?.();
  return ui !== undefined && ui.split('-')[0]?.toLowerCase() === lang.split('-')[0]?.toLowerCase() ? safeLocale(ui) : lang;
}

function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Marks a substitution in a message so `tParts` can find where it landed. Private-use characters: never in a translation. */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';

/**
 * A message cut around its substitutions, for views that put elements (a
 * link, a highlighted site name) where a translation places them: text parts
 * are strings, substitution `i` is the number `i` (0-based).
 */
export function tParts(key: MessageKey, count: number): Array<string | number> {
  const marks = Array.from({ length: count }, (_, i) => `${MARK_OPEN}${i}${MARK_CLOSE}`);
  const parts: Array<string | number> = [];
  t(key, ...marks)
    .split(new RegExp(`${MARK_OPEN}(\\d)${MARK_CLOSE}`))
    .forEach((piece, i) => {
      if (i % 2 === 1) parts.push(Number(piece));
      else if (piece !== '') parts.push(piece);
    });
  return parts;
}

/**
 * chrome.i18n.getMessage's formatting, for catalogues installed by hand:
 * `$name$` is the named placeholder's content, `$1`…`$9` the substitutions
 * (missing ones are empty), `$$` a dollar sign. Substituted text is not read
 * again, so a `$` in a caller's value stays as it is.
 */
export function formatMessage(entry: CatalogueEntry, values: readonly string[]): string {
  const substitute = (text: string) => text.replace(/\$\$|\$([1-9])/g, (dollar, n: string | undefined) => (n === undefined ? '$' : (values[Number(n) - 1] ?? '')));
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (match, name: string | undefined, n: string | undefined) => {
    if (match === '$$') return '$';
    if (n !== undefined) return values[Number(n) - 1] ?? '';
    const content = placeholders.get((name ?? '').toLowerCase());
    return content === undefined ? match : substitute(content);
  });
}
