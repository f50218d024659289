/**
 * How a decision reads values, shared by the check of a configured value and the comparison with an application's
 * value, so that what `validateFlow` accepts is exactly what `evaluateDecision` understands.
 */

export type FieldValue = string | number | boolean | string[] | null;

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number written as such ('10', '-2.5'), or null; '' and '1e3' are not numbers a form holds. */
export function parseNumber(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim();
  return NUMBER.test(text) ? Number(text) : null;
}

/** An ISO calendar date (2026-01-31) as a day count, or null for anything else, including 2026-02-30. */
export function parseIsoDate(value: string): number | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / 86_400_000;
}

/** IN / NOT_IN values: a comma list ('T,S' or 'T, S'; a Chinese comma too), blanks dropped. */
export const listOf = (value: string) =>
  value
    .split(/[,，]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** EMPTY holds for nothing entered: null, blank text, no choice. */
export const isEmpty = (value: FieldValue | undefined) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
