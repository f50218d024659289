import { days } from '../time/beijing-time.js';

export interface NoShowRule {
  /** This many no-shows… */
  limit: number;
  /** …within this many days… */
  windowDays: number;
  /** …bar online booking for this many days after the last of them. */
  barDays: number;
}

/** How far back a no-show can still matter to a bar in force now. */
export const noShowLookBack = (rule: NoShowRule) => days(rule.windowDays + rule.barDays);

/**
 * Until when online booking is barred, or null: every run of `limit` no-shows within `windowDays` bars it for
 * `barDays` from the latest of them; the latest such end counts.
 */
export function barredUntil(noShows: readonly Date[], now: number, rule: NoShowRule): Date | null {
  const times = noShows.map((d) => d.getTime()).sort((a, b) => b - a);
  let until = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + rule.limit - 1 < times.length; i++) {
    if (times[i] - times[i + rule.limit - 1] <= days(rule.windowDays)) until = Math.max(until, times[i] + days(rule.barDays));
  }
  return until > now ? new Date(until) : null;
}
