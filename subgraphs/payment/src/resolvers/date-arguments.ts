import { refuseInput } from '@jingtong/kit';
import { paymentQueryError } from '../errors.js';
import { daysBetween, isCalendarDate } from '../time/beijing-day.js';

const MAX_RANGE_DAYS = 366;

export function requireDate(text: string, field: string): string {
  if (!isCalendarDate(text)) throw refuseInput('FORMAT_INVALID', field, '日期格式须为 YYYY-MM-DD');
  return text;
}

/** `from`..`to`, both Beijing dates, at most MAX_RANGE_DAYS days. */
export function requireDateRange(from: string, to: string): { from: string; to: string } {
  const span = daysBetween(requireDate(from, 'from'), requireDate(to, 'to'));
  if (span < 0 || span >= MAX_RANGE_DAYS) throw paymentQueryError('DATE_RANGE_INVALID', 'to');
  return { from, to };
}
