/**
 * 加处罚款 (Administrative Penalty Law art. 72: 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额
 * 不得超出罚款的数额). The fine is due within 15 days of the decision, taken as served the day it is made; the
 * day after it is day 1, so a fine decided on 06-01 is due by 06-16 and paid on 06-17 (day 16) carries one
 * day's fee. The traffic subgraph computes the amount of a payment order with this; the platform checks the
 * amount written back with its own copy (legacy/src/systems/traffic/late-fee.ts; late-fee.test.ts holds the
 * two to the same answers).
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

export const LATE_FEE_GRACE_DAYS = 15;
export const LATE_FEE_PERCENT_PER_DAY = 3;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as UTC midnight, so the host's time zone and daylight saving never shift a day. */
function calendarDay(text: string, name: string) {
  const day = dayjs.utc(text);
  if (!DATE.test(text) || !day.isValid() || day.format('YYYY-MM-DD') !== text) throw new RangeError(`${name} must be a date YYYY-MM-DD, got ${text}`);
  return day;
}

/**
 * The late fee in fen for a fine of `fineFen` decided on `decidedAt` and paid on `paidOn` (both YYYY-MM-DD,
 * Beijing calendar days). Rounded down to the fen, once, on the total: the law sets a ceiling on what may be
 * charged (3 % a day), so a fraction of a fen is never charged, and rounding each day's share first would
 * drift from the total the platform computes. Capped at the fine itself.
 */
export function lateFeeFen(fineFen: number, decidedAt: string, paidOn: string): number {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) throw new RangeError(`fineFen must be a non-negative integer, got ${fineFen}`);
  const daysAfterDecision = calendarDay(paidOn, 'paidOn').diff(calendarDay(decidedAt, 'decidedAt'), 'day');
  const lateDays = Math.max(0, daysAfterDecision - LATE_FEE_GRACE_DAYS);
  return Math.min(fineFen, Math.floor((fineFen * LATE_FEE_PERCENT_PER_DAY * lateDays) / 100));
}
