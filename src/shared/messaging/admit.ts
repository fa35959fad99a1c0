import * as v from 'valibot';
import { err, type Result } from '../result';
import type { EdgeSpec, SenderKind } from './edge';

/**
 * Checks one incoming message against an edge's spec: the envelope, the
 * message name, who sent it, and the payload. Exported for unit tests.
 */
export function admit<S extends EdgeSpec>(
  spec: S,
  message: { type?: unknown; payload?: unknown },
  kind: SenderKind,
): { ok: true; type: keyof S & string; payload: unknown } | { ok: false; error: Result<never> } {
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(spec, type)) {
    return { ok: false, error: err('unknown-message', `Unknown message ${JSON.stringify(String(type).slice(0, 64))}.`) };
  }
  const entry = spec[type as keyof S];
  if (entry === undefined || !entry.from.includes(kind)) {
    return { ok: false, error: err('forbidden', `A ${kind} context may not send ${type}.`) };
  }
  const parsed = v.safeParse(entry.payload, message.payload ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: err('invalid-message', `Invalid ${type}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'bad shape'}.`) };
  }
  return { ok: true, type: type as keyof S & string, payload: parsed.output };
}
