import { DbError } from './errors';

/**
 * Checks shared by the writers and queries. They throw DbError('invalid-input')
 * with the field named, so a bug in a caller reads as a sentence, not as a
 * corrupt row found weeks later.
 */

export function invalid(message: string): DbError {
  return new DbError('invalid-input', message);
}

/** An epoch-milliseconds time: finite and not negative. */
export function checkTime(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`${field} must be a time in epoch milliseconds (a finite number ≥ 0), got ${String(value)}`);
  }
  return value;
}

export function checkCount(value: unknown, field: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${field} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export function checkNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(`${field} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/** A string of at most `max` characters; longer is refused, not cut, because someone typed it and expects it whole. */
export function checkText(value: unknown, field: string, max: number, { allowEmpty = true } = {}): string {
  if (typeof value !== 'string') throw invalid(`${field} must be text, got ${typeof value}`);
  if (!allowEmpty && value.trim() === '') throw invalid(`${field} must not be empty`);
  if (value.length > max) throw invalid(`${field} is ${value.length} characters long; the limit is ${max}`);
  return value;
}

/** Text from the network or a page that is only shown: cut to `max` rather than lose the call over it. */
export function clipText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw invalid(`${field} must be text, got ${typeof value}`);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function checkOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(`${field} must be one of ${allowed.join(', ')}, got ${String(value)}`);
  }
  return value as T;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
