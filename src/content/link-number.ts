/**
 * The number behind a `tel:`, `callto:` or `sip:` link (issue 4: such links
 * call through the extension instead of the operating system). Pure.
 *
 * Only phone numbers come out: a `sip:` link is followed only when its user
 * part is a phone number (RFC 3261 §19.1.6, `user=phone`), and the SIP URI
 * itself is never passed on; a Skype name in `callto:` is left to the OS.
 * Whatever comes out still goes through the dial plan in the worker.
 */
const VISUAL = /^\+?[\d\s().\-\u00a0]+$/;
const MAX_LENGTH = 64;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

export function numberFromLink(href: string): string | null {
  const m = /^(tel|callto|sips?):(.*)$/is.exec(href.trim());
  if (m === null) return null;
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!.replace(/^\/\//, '');
  if (scheme === 'sip' || scheme === 'sips') {
    const user = decode(rest.split('@')[0]!.split(/[;:?]/)[0]!);
    if (user === null || !rest.includes('@') || !VISUAL.test(user) || digitCount(user) < 3) return null;
    return user.replace(/[^\d+]/g, '').slice(0, MAX_LENGTH);
  }
  // tel:+1-212-736-4190;ext=12;phone-context=... (RFC 3966 §3): keep the extension, drop other parameters.
  const [main = '', ...params] = rest.split(/[;?]/);
  const number = decode(main);
  if (number === null || !VISUAL.test(number) || digitCount(number) < 3) return null;
  const ext = params.map((p) => /^ext=(\d{1,8})$/i.exec(p)?.[1]).find((e) => e !== undefined);
  const out = ext !== undefined ? `${number.trim()};ext=${ext}` : number.trim();
  return out.length <= MAX_LENGTH ? out : null;
}
