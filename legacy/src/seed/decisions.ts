/**
 * Penalty decisions (处罚决定) of processed violations. The delay after the violation comes from a hash of
 * the violation id and the number from the id itself, never from the faker stream, so adding decisions
 * changed no other seeded value.
 */
import { createHash } from 'node:crypto';
import { formatDay, yearOf, type Day } from './dates.js';

/** A decision follows its violation by 1 to this many days, and never comes after the seeded "today". */
export const MAX_DECISION_DELAY_DAYS = 30;

export interface PenaltyDecision {
  decisionNumber: string;
  decidedAt: string;
}

/**
 * `decidedDay` pins the date (demo data); otherwise it is derived from the id. The number is the deciding
 * region (the id's first six digits), the decision's year and the last six digits of the violation's
 * sequence: unique while a seed holds fewer than a million violations (the default has about 17,000).
 */
export function penaltyDecision(violationId: string, occurredDay: Day, today: Day, decidedDay?: Day): PenaltyDecision {
  const delay = 1 + (createHash('sha256').update(`decision:${violationId}`).digest().readUInt32BE(0) % MAX_DECISION_DELAY_DAYS);
  const day = decidedDay ?? Math.min(occurredDay + delay, today);
  return { decisionNumber: `${violationId.slice(0, 6)}${yearOf(day)}${violationId.slice(-6)}`, decidedAt: formatDay(day) };
}
