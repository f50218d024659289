import { refuseInput } from './refuse-input.js';

// C0/C1 controls (NUL included: PostgreSQL refuses it in text) and bidi overrides that disguise what was typed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this pattern refuses
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Trimmed free text of `min`-`max` characters (code points) with no control characters. */
export function requireText(raw: string, field: string, bounds: { min?: number; max: number }, message?: string): string {
  const value = raw.trim();
  const length = [...value].length;
  if (length < (bounds.min ?? 1) || length > bounds.max || FORBIDDEN.test(value)) throw refuseInput('TEXT_INVALID', field, message);
  return value;
}

/** A page size within bounds. */
export function requirePageSize(first: number, max: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw refuseInput('PAGE_SIZE_INVALID', field, `每页条数须在 1 到 ${max} 之间`);
  return first;
}
