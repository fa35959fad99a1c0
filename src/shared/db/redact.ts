import type { JsonValue } from './records';

/**
 * The audit log is for the agent and their admin to read, and it ends up in
 * CSV exports and bug reports: it must never hold a SIP password or anything
 * that replays as one. The digest HA1 (RFC 8760 §2, MD5(user:realm:password))
 * and an `Authorization` header value (RFC 3261 §22.4) both authenticate as
 * well as the password itself, so they are secrets too.
 *
 * Values are replaced by REDACTED rather than the key dropped: "a password was
 * sent" is useful to whoever reads the log; the password is not.
 */
export const REDACTED = '[redacted]';

const SECRET_KEY = /^pass$|passw(?:or)?d|passphrase|pwd|secret|authori[sz]ation|ha1|credential|token|api[-_]?key|cookie/i;

// Secrets inside free text, e.g. a SIP message quoted into a log line.
const SECRET_HEADER = /\b((?:proxy-)?authori[sz]ation\s*[:=]\s*)[^\r\n]*/gi;
const SECRET_PAIR = /\b((?:password|passwd|pwd|secret|ha1|token)\s*[:=]\s*)("[^"]*"|[^\s,;&"]+)/gi;

// Bounds, so that one careless caller cannot put megabytes into every entry.
const MAX_DEPTH = 6;
const MAX_NODES = 500;
const MAX_STRING = 2000;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function redactText(text: string): string {
  const clean = text.replace(SECRET_HEADER, `$1${REDACTED}`).replace(SECRET_PAIR, `$1${REDACTED}`);
  return clean.length > MAX_STRING ? `${clean.slice(0, MAX_STRING)}…` : clean;
}

/**
 * A JSON-able copy of `value` with secrets replaced, however deep: keys named
 * like a secret lose their value, strings lose embedded credentials, and
 * whatever JSON cannot hold (functions, cycles, class instances) is turned
 * into something it can.
 */
export function redact(value: unknown): JsonValue {
  const budget = { nodes: MAX_NODES };
  return clean(value, 0, new WeakSet(), budget);
}

/** Audit `data` is always an object; anything else is wrapped as `{value}`. */
export function redactData(data: unknown): { [key: string]: JsonValue } {
  const cleaned = redact(data ?? {});
  return isRecord(cleaned) ? cleaned : { value: cleaned };
}

function isRecord(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(value: unknown, depth: number, seen: WeakSet<object>, budget: { nodes: number }): JsonValue {
  if (--budget.nodes < 0) return '[truncated]';
  switch (typeof value) {
    case 'string':
      return redactText(value);
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return null;
  }
  if (value === null) return null;
  const object = value as object;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
  if (object instanceof Error) return { name: object.name, message: redactText(object.message) };
  if (seen.has(object)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => clean(item, depth + 1, seen, budget));
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(object)) {
      out[key] = isSecretKey(key) ? REDACTED : clean(item, depth + 1, seen, budget);
    }
    return out;
  } finally {
    // Only cycles are refused: the same object twice in different branches is fine.
    seen.delete(object);
  }
}
