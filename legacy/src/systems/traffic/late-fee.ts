/**
 * 加处罚款 as the platform checks a written-back payment: nothing through day 15 after the penalty decision,
 * then 3 % of the fine for every further day (06-01 decided, 06-17 paid: one day), never more than the fine,
 * rounded down to the fen. The clients' copy is legacy-clients/src/traffic/late-fee.ts: this package cannot
 * import it (legacy-clients depends on legacy for its tests, so the other way would be a cycle), and a real
 * platform computes its own anyway; legacy-clients' late-fee test holds the two to the same answers.
 */
import { dayOf } from '../../seed/dates.js';

export const LATE_FEE_GRACE_DAYS = 15;
export const LATE_FEE_PERCENT_PER_DAY = 3;

/** `decidedAt` and `paidOn` are YYYY-MM-DD; a payment before or on the decision day carries no fee. */
export function lateFeeFen(fineFen: number, decidedAt: string, paidOn: string): number {
  const lateDays = Math.max(0, dayOf(paidOn) - dayOf(decidedAt) - LATE_FEE_GRACE_DAYS);
  return Math.min(fineFen, Math.floor((fineFen * LATE_FEE_PERCENT_PER_DAY * lateDays) / 100));
}

/** The calendar day in Beijing (UTC+8, no daylight saving) of an ISO 8601 instant. */
export function beijingDateOf(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}
