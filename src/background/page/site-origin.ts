/** Pure helpers for the per-site lists (site-lists.ts), unit-tested. */

/** Bounded: the lists are rendered in the options page and checked on every page load. */
export const MAX_SITES = 500;

/** The origin of a web page, or null for anything that is not an http(s) page (file:, data:, extension pages). */
export function webOrigin(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
}

/** Adds or removes `origin`, keeping the list sorted, unique and bounded. */
export function withSite(list: readonly string[], origin: string, present: boolean): string[] {
  const rest = list.filter((o) => o !== origin);
  const next = present ? [...rest, origin] : rest;
  return next.sort().slice(0, MAX_SITES);
}

