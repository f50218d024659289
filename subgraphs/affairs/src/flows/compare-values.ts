import { type FieldValue, isEmpty, listOf, parseIsoDate, parseNumber } from './decision-values.js';
import type { Operator } from './flow-definition.js';

/**
 * The order of an application's value against a configured one, typed by what both are: numbers as numbers
 * ('10' > '9'), ISO dates as dates, and null when they cannot be ordered (text, or a number against a date).
 * Form values often arrive as text, so a numeric string counts as a number.
 */
function order(actual: FieldValue | undefined, expected: string): number | null {
  if (typeof actual !== 'number' && typeof actual !== 'string') return null;
  const [a, e] = [parseNumber(actual), parseNumber(expected)];
  if (a !== null && e !== null) return Math.sign(a - e);
  if (typeof actual !== 'string') return null;
  const [da, de] = [parseIsoDate(actual), parseIsoDate(expected)];
  return da !== null && de !== null ? Math.sign(da - de) : null;
}

function equals(actual: FieldValue | undefined, expected: string): boolean {
  if (isEmpty(actual) || Array.isArray(actual)) return false;
  if (typeof actual === 'boolean') return String(actual) === expected.trim();
  const ordered = order(actual, expected);
  return ordered !== null ? ordered === 0 : String(actual).trim() === expected.trim();
}

function contains(actual: FieldValue | undefined, expected: string): boolean {
  if (Array.isArray(actual)) return actual.includes(expected.trim());
  return typeof actual === 'string' && actual.includes(expected.trim());
}

/**
 * Whether one condition holds for an application's value. A value that is missing or of another type than the
 * condition expects does not meet an ordering or equality (the decision then falls to its next branch or its
 * default), while ≠ and 不属于 hold for it: it is not that value.
 */
export function holds(actual: FieldValue | undefined, operator: Operator, expected = ''): boolean {
  switch (operator) {
    case 'EMPTY':
      return isEmpty(actual);
    case 'NOT_EMPTY':
      return !isEmpty(actual);
    case 'EQ':
      return equals(actual, expected);
    case 'NE':
      return !equals(actual, expected);
    case 'IN':
      return listOf(expected).some((item) => equals(actual, item));
    case 'NOT_IN':
      return !listOf(expected).some((item) => equals(actual, item));
    case 'CONTAINS':
      return contains(actual, expected);
    case 'GT':
    case 'GE':
    case 'LT':
    case 'LE': {
      const ordered = order(actual, expected);
      if (ordered === null) return false;
      return { GT: ordered > 0, GE: ordered >= 0, LT: ordered < 0, LE: ordered <= 0 }[operator];
    }
  }
}
