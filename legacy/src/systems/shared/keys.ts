/** Normalising and checking the keys callers send (ID numbers, plates). */
import { MAX_KEYS_PER_CALL } from './limits.js';

/** Trimmed, with a lower-case check character accepted as the real systems do. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

export interface BatchErrors {
  empty: string;
  tooMany: string;
  invalid: (key: string) => string;
}

/**
 * The distinct keys of a batch, in request order, or the ERROR text for the whole call:
 * one malformed key fails the batch, as on the real platforms.
 */
export function checkBatch(keys: readonly string[], isValid: (key: string) => boolean, identity: (key: string) => string, errors: BatchErrors): string[] | string {
  if (keys.length === 0) return errors.empty;
  if (keys.length > MAX_KEYS_PER_CALL) return errors.tooMany;
  const seen = new Map<string, string>();
  for (const raw of keys) {
    const key = raw.trim();
    if (!isValid(key)) return errors.invalid(raw);
    if (!seen.has(identity(key))) seen.set(identity(key), key);
  }
  return [...seen.values()];
}
